"""Mutant: a filtered read leaves the messages of the other categories for a later request."""

from flask import helpers
from flask.globals import request_ctx, session

from .. import reference_app, replace_code

KILLS = ["flashing.category_filter_discards_others"]


def _keeping_others(with_categories=False, category_filter=()):
    flashes = request_ctx.flashes
    if flashes is None:
        flashes = session.pop("_flashes") if "_flashes" in session else []
        request_ctx.flashes = flashes
    if category_filter:
        others = [f for f in flashes if f[0] not in category_filter]
        if others:
            session["_flashes"] = others
        flashes = [f for f in flashes if f[0] in category_filter]
    return flashes if with_categories else [f[1] for f in flashes]


def create_app():
    replace_code(helpers.get_flashed_messages, _keeping_others)
    return reference_app()
