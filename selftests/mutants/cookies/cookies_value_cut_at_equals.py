"""Mutant: a cookie value ends at its first equals sign, so x=a=b reads as "a"."""

from .. import reference_app
from . import wrap_parse_cookie

KILLS = ["cookies.value_keeps_equals"]


def _cut(parse_cookie, cookie, cls):
    return cls([(name, value.split("=")[0]) for name, value in parse_cookie(cookie, cls=cls).items(multi=True)])


def create_app():
    wrap_parse_cookie(_cut)
    return reference_app()
