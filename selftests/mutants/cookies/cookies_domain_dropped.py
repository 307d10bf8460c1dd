"""Mutant: the domain is ignored, so every cookie is host-only, without a Domain attribute."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.domain_as_given", "cookies.delete_keeps_path_and_domain"]


def create_app():
    wrap_dump_cookie(lambda dump, key, domain=None, **arguments: dump(key, **arguments))
    return reference_app()
