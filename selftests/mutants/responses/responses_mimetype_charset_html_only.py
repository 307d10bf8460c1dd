"""Mutant: only text/html gets the charset added to its mimetype; text/plain goes without."""

import werkzeug.utils

from .. import reference_app, replace_code

KILLS = ["responses.response_object_mimetype"]


def create_app():
    def charset_for_html_only(mimetype, charset):
        return f"{mimetype}; charset={charset}" if mimetype == "text/html" else mimetype

    replace_code(werkzeug.utils.get_content_type, charset_for_html_only)
    return reference_app()
