"""Mutant: a numeric expires is taken as milliseconds since the epoch, as JavaScript counts them."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.expires_timestamp"]


def _milliseconds(dump, key, expires=None, **arguments):
    if isinstance(expires, (int, float)):
        expires = expires / 1000
    return dump(key, expires=expires, **arguments)


def create_app():
    wrap_dump_cookie(_milliseconds)
    return reference_app()
