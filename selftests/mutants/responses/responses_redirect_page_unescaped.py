"""Mutant: the redirect page writes the target into its HTML without escaping it."""

import werkzeug.utils

from .. import reference_app

KILLS = ["responses.redirect_page_escapes_target"]


def create_app():
    werkzeug.utils.escape = str
    return reference_app()
