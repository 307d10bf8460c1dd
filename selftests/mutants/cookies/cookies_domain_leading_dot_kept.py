"""Mutant: the leading dot of a domain is kept, Domain=.example.com (as in Werkzeug 2.2)."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.domain_leading_dot_dropped"]


def _dotted(dump, key, domain=None, **arguments):
    line = dump(key, domain=domain, **arguments)
    if domain and domain.startswith("."):
        line = line.replace(f"Domain={domain.lstrip('.')}", f"Domain={domain}", 1)
    return line


def create_app():
    wrap_dump_cookie(_dotted)
    return reference_app()
