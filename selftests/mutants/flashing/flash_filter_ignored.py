"""Mutant: get_flashed_messages() ignores category_filter and returns every message."""

from flask import helpers
from flask.globals import request_ctx, session

from .. import reference_app, replace_code

KILLS = ["flashing.category_filter_selects"]


def _unfiltered(with_categories=False, category_filter=()):
    flashes = request_ctx.flashes
    if flashes is None:
        flashes = session.pop("_flashes") if "_flashes" in session else []
        request_ctx.flashes = flashes
    return flashes if with_categories else [f[1] for f in flashes]


def create_app():
    replace_code(helpers.get_flashed_messages, _unfiltered)
    return reference_app()
