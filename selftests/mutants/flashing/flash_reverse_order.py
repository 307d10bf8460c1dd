"""Mutant: flash() puts each message first, so messages come back newest first."""

from flask import helpers
from flask.globals import session

from .. import reference_app, replace_code

KILLS = [
    "flashing.next_request_gets_messages",
    "flashing.messages_survive_redirect",
    "flashing.repeated_reads_see_same_messages",
    "flashing.with_categories",
    "sessions.flashes_tagged",
]


def _prepend(message, category="message"):
    flashes = session.get("_flashes", [])
    flashes.insert(0, (category, message))
    session["_flashes"] = flashes


def create_app():
    replace_code(helpers.flash, _prepend)
    return reference_app()
