"""Mutant: the SameSite value is written in lower case, SameSite=lax."""

import re

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.samesite_values", "cookies.all_attributes_in_order", "cookies.delete_keeps_flags"]


def create_app():
    wrap_dump_cookie(lambda dump, key, **arguments: re.sub(
        r"SameSite=(\w+)", lambda m: f"SameSite={m[1].lower()}", dump(key, **arguments)))
    return reference_app()
