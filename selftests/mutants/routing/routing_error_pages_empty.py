"""Mutant: error answers (400, 404, 405) have an empty body instead of Werkzeug's error page."""

from werkzeug.exceptions import HTTPException

from .. import reference_app

KILLS = ["routing.not_allowed_page", "routing.not_found_page", "routing.missing_key_page"]


def create_app():
    HTTPException.get_body = lambda self, environ=None, scope=None: ""
    return reference_app()
