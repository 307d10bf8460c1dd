"""Mutant: a timedelta max_age is counted in whole days, not seconds (timedelta.days)."""

from datetime import timedelta

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.max_age_timedelta"]


def _days(dump, key, max_age=None, **arguments):
    if isinstance(max_age, timedelta):
        max_age = max_age.days
    return dump(key, max_age=max_age, **arguments)


def create_app():
    wrap_dump_cookie(_days)
    return reference_app()
