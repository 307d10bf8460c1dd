"""Mutant: autoescaping is off for .html templates, so a text message renders as HTML."""

from flask import Flask

from .. import reference_app

KILLS = ["flashing.template_escapes_text"]


def create_app():
    Flask.select_jinja_autoescape = lambda self, filename: False
    return reference_app()
