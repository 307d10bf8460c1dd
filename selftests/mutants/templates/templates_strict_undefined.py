"""Mutant: Flask's Jinja environment uses StrictUndefined, so an undefined variable fails the render."""

from flask import Flask
from jinja2 import StrictUndefined

from .. import reference_app

KILLS = ["templates.undefined_renders_empty"]


def create_app():
    Flask.jinja_options = {"undefined": StrictUndefined}
    return reference_app()
