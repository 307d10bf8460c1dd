"""Mutant: httponly is ignored, so no cookie is HttpOnly."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.secure_and_httponly", "cookies.all_attributes_in_order", "cookies.delete_keeps_flags"]


def create_app():
    wrap_dump_cookie(lambda dump, key, httponly=False, **arguments: dump(key, **arguments))
    return reference_app()
