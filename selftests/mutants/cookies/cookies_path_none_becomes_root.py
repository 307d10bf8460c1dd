"""Mutant: path=None is taken as the default, so the cookie still gets Path=/."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.path_none_omitted"]


def create_app():
    wrap_dump_cookie(lambda dump, key, path=None, **arguments: dump(key, path=path or "/", **arguments))
    return reference_app()
