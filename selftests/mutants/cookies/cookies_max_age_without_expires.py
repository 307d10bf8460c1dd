"""Mutant: max_age writes only Max-Age, no Expires computed from it (sync_expires off)."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.max_age_adds_expires", "cookies.max_age_timedelta", "cookies.all_attributes_in_order"]


def create_app():
    wrap_dump_cookie(lambda dump, key, **arguments: dump(key, **arguments, sync_expires=False))
    return reference_app()
