"""Mutant: any samesite value is written, SameSite=Bogus, instead of raising ValueError."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.samesite_invalid_500"]


def _unchecked(dump, key, samesite=None, **arguments):
    if samesite is None or samesite.title() in ("Strict", "Lax", "None"):
        return dump(key, samesite=samesite, **arguments)
    return dump(key, **arguments) + f"; SameSite={samesite.title()}"


def create_app():
    wrap_dump_cookie(_unchecked)
    return reference_app()
