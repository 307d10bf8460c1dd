"""Mutant: flash() appends to the session's list in place and never stores it, so messages are lost."""

from flask import helpers
from flask.globals import session

from .. import reference_app, replace_code

KILLS = [
    "flashing.next_request_gets_messages",
    "flashing.flash_then_read_same_request",
    "flashing.flow_error_page_shows_message",
    "flashing.flow_message_waits_for_reader",
    "flashing.flash_needs_secret_key",
]


def _append_in_place(message, category="message"):
    session.get("_flashes", []).append((category, message))


def create_app():
    replace_code(helpers.flash, _append_in_place)
    return reference_app()
