"""Mutant: the error page of an HTTP error is sent with status 200 instead of the error's code."""

from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from .. import reference_app

KILLS = [
    "errors.abort_status",
    "errors.abort_description",
    "errors.raised_not_found",
    "errors.unauthorized_without_challenge",
    "errors.unknown_abort_code",
    "errors.unhandled_exception_500",
    "errors.handler_returning_none",
    "errors.custom_http_exception_status",
]


def create_app():
    def get_response_200(self, environ=None, scope=None):
        if self.response is not None:
            return self.response
        return Response(self.get_body(environ, scope), 200, self.get_headers(environ, scope))

    HTTPException.get_response = get_response_200
    return reference_app()
