"""Mutant: a 401 always carries a WWW-Authenticate: Basic challenge."""

from werkzeug.exceptions import Unauthorized

from .. import reference_app

KILLS = ["errors.unauthorized_without_challenge"]


def create_app():
    get_headers = Unauthorized.get_headers

    def get_headers_with_challenge(self, environ=None, scope=None):
        return [*get_headers(self, environ, scope), ("WWW-Authenticate", 'Basic realm="app"')]

    Unauthorized.get_headers = get_headers_with_challenge
    return reference_app()
