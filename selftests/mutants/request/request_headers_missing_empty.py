"""Mutant: a header the client did not send reads as the empty string instead of None."""

from werkzeug.datastructures import EnvironHeaders

from .. import reference_app

KILLS = ["request.header_absent", "wsgi_environ.absent_header_is_none"]


def create_app():
    get_key = EnvironHeaders._get_key

    def get_key_or_empty(self, key):
        try:
            return get_key(self, key)
        except KeyError:
            return ""

    EnvironHeaders._get_key = get_key_or_empty
    return reference_app()
