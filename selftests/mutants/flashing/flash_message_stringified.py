"""Mutant: flash() turns every message into a str, so a dict comes back as its repr."""

from flask import helpers
from flask.globals import session

from .. import reference_app, replace_code

KILLS = ["flashing.dict_message_round_trips", "flashing.template_keeps_markup"]


def _stringify(message, category="message"):
    flashes = session.get("_flashes", [])
    flashes.append((category, str(message)))
    session["_flashes"] = flashes


def create_app():
    replace_code(helpers.flash, _stringify)
    return reference_app()
