"""Mutant: autoescape is off for templates rendered from a string (they have no file name)."""

from flask import Flask

from .. import reference_app

KILLS = ["templates.template_string_escaped"]


def create_app():
    select = Flask.select_jinja_autoescape
    Flask.select_jinja_autoescape = lambda self, filename: filename is not None and select(self, filename)
    return reference_app()
