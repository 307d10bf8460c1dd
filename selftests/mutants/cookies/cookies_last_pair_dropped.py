"""Mutant: request.cookies drops the last pair of the header, as a parser does that forgets the ";"
its pattern needs after each pair; a header of one cookie reads as none."""

from .. import reference_app
from . import wrap_parse_cookie

KILLS = ["cookies.welcome_greets_cookie_name", "cookies.duplicate_name_first_wins", "cookies.value_keeps_equals"]


def create_app():
    wrap_parse_cookie(lambda parse_cookie, cookie, cls: parse_cookie(cookie.rpartition(";")[0], cls=cls))
    return reference_app()
