"""Mutant: a request header is looked up under its CGI name without the HTTP_ prefix."""

from werkzeug.datastructures import EnvironHeaders

from .. import reference_app

KILLS = ["wsgi_environ.header_from_http_variable"]


def create_app():
    get_key = EnvironHeaders._get_key

    def get_key_unprefixed(self, key):
        if isinstance(key, str) and key.lower().startswith("x-"):
            return self.environ[key.upper().replace("-", "_")]
        return get_key(self, key)

    EnvironHeaders._get_key = get_key_unprefixed
    return reference_app()
