"""Mutant: an empty value is written as a pair of double quotes, k="" (as http.cookies does)."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.empty_value", "cookies.delete_expires_now"]


def _quoted_empty(dump, key, value="", **arguments):
    line = dump(key, value=value, **arguments)
    return f'{key}=""' + line[len(f"{key}="):] if value == "" else line


def create_app():
    wrap_dump_cookie(_quoted_empty)
    return reference_app()
