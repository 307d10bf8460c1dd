"""Mutant: every get_flashed_messages() call takes the messages from the session anew."""

from flask import helpers
from flask.globals import session

from .. import reference_app, replace_code

KILLS = [
    "flashing.repeated_reads_see_same_messages",
    "flashing.read_then_flash_keeps_cached_list",
    "flashing.read_then_flash_delivers_next",
]


def _uncached(with_categories=False, category_filter=()):
    flashes = session.pop("_flashes") if "_flashes" in session else []
    if category_filter:
        flashes = [f for f in flashes if f[0] in category_filter]
    return flashes if with_categories else [f[1] for f in flashes]


def create_app():
    replace_code(helpers.get_flashed_messages, _uncached)
    return reference_app()
