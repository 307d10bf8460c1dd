"""Mutant: get_flashed_messages() reads the messages but leaves them in the session."""

from flask import helpers
from flask.globals import request_ctx, session

from .. import reference_app, replace_code

KILLS = [
    "flashing.last_read_deletes_session_cookie",
    "flashing.messages_come_once",
    "flashing.flash_then_read_gone_after",
    "flashing.category_filter_discards_others",
]


def _unpopped(with_categories=False, category_filter=()):
    flashes = request_ctx.flashes
    if flashes is None:
        flashes = session.get("_flashes", [])
        request_ctx.flashes = flashes
    if category_filter:
        flashes = [f for f in flashes if f[0] in category_filter]
    return flashes if with_categories else [f[1] for f in flashes]


def create_app():
    replace_code(helpers.get_flashed_messages, _unpopped)
    return reference_app()
