"""Mutant: samesite must be given capitalized: "strict" is refused (ValueError, so 500)."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.samesite_values[strict-Strict]"]


def _exact(dump, key, samesite=None, **arguments):
    if samesite is not None and samesite not in ("Strict", "Lax", "None"):
        raise ValueError("SameSite must be 'Strict', 'Lax', or 'None'.")
    return dump(key, samesite=samesite, **arguments)


def create_app():
    wrap_dump_cookie(_exact)
    return reference_app()
