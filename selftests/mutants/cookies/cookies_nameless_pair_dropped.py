"""Mutant: request.cookies drops a pair without an equals sign instead of reading it as an empty value."""

from .. import reference_app
from . import wrap_parse_cookie

KILLS = ["cookies.nameless_pair"]


def create_app():
    wrap_parse_cookie(lambda parse_cookie, cookie, cls: parse_cookie(
        ";".join(part for part in cookie.split(";") if "=" in part), cls=cls))
    return reference_app()
