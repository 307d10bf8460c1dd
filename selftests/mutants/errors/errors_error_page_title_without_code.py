"""Mutant: the error page's title names the error without its code."""

from markupsafe import escape
from werkzeug.exceptions import HTTPException

from .. import reference_app

KILLS = ["errors.abort_error_page", "errors.default_500_page", "errors.custom_http_exception_page"]


def create_app():
    def get_body_titled_by_name(self, environ=None, scope=None):
        return (
            "<!doctype html>\n"
            "<html lang=en>\n"
            f"<title>{escape(self.name)}</title>\n"
            f"<h1>{escape(self.name)}</h1>\n"
            f"{self.get_description(environ)}\n"
        )

    HTTPException.get_body = get_body_titled_by_name
    return reference_app()
