"""Mutant: a value with ( ) < > @ [ ] ? { } is quoted, as Werkzeug 2.2 did, though RFC 6265 allows them bare."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.cookie_octets_bare"]

SEPARATORS = set("()<>@[]?{}")


def _token_quoting(dump, key, value="", **arguments):
    line = dump(key, value=value, **arguments)
    if SEPARATORS & set(value) and line.startswith(f"{key}={value}"):
        line = f'{key}="{value}"' + line[len(f"{key}={value}"):]
    return line


def create_app():
    wrap_dump_cookie(_token_quoting)
    return reference_app()
