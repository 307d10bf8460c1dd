"""Mutant: MAX_COOKIE_SIZE defaults to 4096 (the RFC's figure) instead of Flask's 4093."""

from flask import Flask
from werkzeug.datastructures import ImmutableDict

from .. import reference_app

KILLS = ["configuration.long_standing_defaults"]


def create_app():
    Flask.default_config = ImmutableDict({**Flask.default_config, "MAX_COOKIE_SIZE": 4096})
    return reference_app()
