"""Mutant: request.cookies keeps only the last value of a name sent twice (a dict, as Werkzeug before 1.0)."""

from .. import reference_app
from . import wrap_parse_cookie

KILLS = ["cookies.duplicate_name_first_wins"]


def create_app():
    wrap_parse_cookie(lambda parse_cookie, cookie, cls: cls(dict(parse_cookie(cookie, cls=cls).items(multi=True))))
    return reference_app()
