"""Mutant: a value is written as it is, never quoted or escaped."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.quoted_specials", "cookies.non_ascii_octal_utf8", "cookies.values_round_trip"]


def _unquoted(dump, key, value="", **arguments):
    line = dump(key, value="x", **arguments)
    return f"{key}={value}" + line[len(f"{key}=x"):]


def create_app():
    wrap_dump_cookie(_unquoted)
    return reference_app()
