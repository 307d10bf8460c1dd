"""Mutant: the session stores a Markup message as plain text, so the template escapes it."""

from flask.json.tag import TagMarkup

from .. import reference_app

KILLS = ["flashing.template_keeps_markup"]


def create_app():
    TagMarkup.check = lambda self, value: False
    return reference_app()
