"""Mutant: non-ASCII text in a value is percent-encoded (UTF-8), which request.cookies does not decode."""

from urllib.parse import quote

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.non_ascii_octal_utf8", "cookies.values_round_trip"]


def _percent(dump, key, value="", **arguments):
    return dump(key, value="".join(c if c.isascii() else quote(c) for c in value), **arguments)


def create_app():
    wrap_dump_cookie(_percent)
    return reference_app()
