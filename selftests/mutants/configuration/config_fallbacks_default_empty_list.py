"""Mutant: SECRET_KEY_FALLBACKS defaults to an empty list instead of None."""

from flask import Flask
from werkzeug.datastructures import ImmutableDict

from .. import reference_app

KILLS = ["configuration.defaults_since_3_1"]


def create_app():
    Flask.default_config = ImmutableDict({**Flask.default_config, "SECRET_KEY_FALLBACKS": []})
    return reference_app()
