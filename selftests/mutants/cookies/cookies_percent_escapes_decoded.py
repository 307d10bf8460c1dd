"""Mutant: request.cookies percent-decodes each value."""

from urllib.parse import unquote

from .. import reference_app
from . import wrap_parse_cookie

KILLS = ["cookies.percent_escapes_kept"]


def _decoded(parse_cookie, cookie, cls):
    return cls([(name, unquote(value)) for name, value in parse_cookie(cookie, cls=cls).items(multi=True)])


def create_app():
    wrap_parse_cookie(_decoded)
    return reference_app()
