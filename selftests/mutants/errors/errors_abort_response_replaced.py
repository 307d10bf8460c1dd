"""Mutant: abort(response) answers the standard error page of the response's status instead of the response."""

from werkzeug.exceptions import Aborter

from .. import reference_app

KILLS = ["errors.abort_with_response", "errors.abort_with_json_response"]


def create_app():
    call = Aborter.__call__

    def abort_with_standard_page(self, code, *args, **kwargs):
        call(self, getattr(code, "status_code", code), *args, **kwargs)

    Aborter.__call__ = abort_with_standard_page
    return reference_app()
