"""Mutant: request.cookies splits the header at semicolons and equals signs and keeps each value as sent,
quotes and backslash escapes included."""

from .. import reference_app
from . import wrap_parse_cookie

KILLS = ["cookies.quoted_values_read_back", "cookies.values_round_trip"]


def _naive(parse_cookie, cookie, cls):
    pairs = (part.partition("=") for part in cookie.split(";"))
    return cls([(name.strip(), value.strip()) for name, _, value in pairs if name.strip()])


def create_app():
    wrap_parse_cookie(_naive)
    return reference_app()
