"""Mutant: the request headers look Content-Type up as HTTP_CONTENT_TYPE, not CONTENT_TYPE."""

from werkzeug.datastructures import EnvironHeaders

from .. import reference_app

KILLS = [
    "wsgi_environ.form_from_length_and_type",
    "wsgi_environ.chunked_body_read",
    "wsgi_environ.short_reads_form",
]


def create_app():
    get_key = EnvironHeaders._get_key

    def get_key_all_http(self, key):
        if isinstance(key, str) and key.lower() == "content-type":
            return self.environ["HTTP_CONTENT_TYPE"]
        return get_key(self, key)

    EnvironHeaders._get_key = get_key_all_http
    return reference_app()
