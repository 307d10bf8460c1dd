"""Mutant: the error page of an HTTP error is labelled text/plain instead of text/html."""

from werkzeug.exceptions import HTTPException

from .. import reference_app

KILLS = ["errors.abort_error_page", "errors.default_500_page"]


def create_app():
    get_headers = HTTPException.get_headers

    def get_headers_plain(self, environ=None, scope=None):
        return [(name, "text/plain; charset=utf-8" if name == "Content-Type" else value)
                for name, value in get_headers(self, environ, scope)]

    HTTPException.get_headers = get_headers_plain
    return reference_app()
