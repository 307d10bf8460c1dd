"""Mutant: Flask's Jinja environment uses ChainableUndefined, so an attribute of an undefined variable renders empty."""

from flask import Flask
from jinja2 import ChainableUndefined

from .. import reference_app

KILLS = ["templates.undefined_attribute_fails"]


def create_app():
    Flask.jinja_options = {"undefined": ChainableUndefined}
    return reference_app()
