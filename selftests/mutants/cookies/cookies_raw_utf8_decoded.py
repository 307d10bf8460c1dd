"""Mutant: the Cookie header's bytes are decoded as UTF-8, as Werkzeug 2.2 did, not kept as latin-1 text."""

from .. import reference_app
from . import wrap_parse_cookie

KILLS = ["cookies.raw_utf8_as_latin1"]


def create_app():
    wrap_parse_cookie(lambda parse_cookie, cookie, cls: parse_cookie(
        cookie.encode("latin-1").decode("utf-8", "replace"), cls=cls))
    return reference_app()
