"""Mutant: an HTTP error whose code Werkzeug has no class for is answered with 500."""

from werkzeug.exceptions import HTTPException, default_exceptions

from .. import reference_app

KILLS = ["errors.custom_http_exception_status"]


def create_app():
    get_response = HTTPException.get_response

    def get_response_known_codes(self, environ=None, scope=None):
        response = get_response(self, environ, scope)
        if self.response is None and self.code not in default_exceptions:
            response.status_code = 500
        return response

    HTTPException.get_response = get_response_known_codes
    return reference_app()
