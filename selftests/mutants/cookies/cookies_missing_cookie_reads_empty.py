"""Mutant: request.cookies.get answers "" for a cookie the request lacks, not the default it is given."""

from werkzeug.datastructures import ImmutableMultiDict

from .. import reference_app
from . import wrap_parse_cookie

KILLS = ["cookies.welcome_greets_guest", "cookies.logout_then_guest"]


class EmptyForMissing(ImmutableMultiDict):
    def get(self, key, default=None, type=None):
        return super().get(key, "", type)


def create_app():
    wrap_parse_cookie(lambda parse_cookie, cookie, cls: parse_cookie(cookie, cls=EmptyForMissing))
    return reference_app()
