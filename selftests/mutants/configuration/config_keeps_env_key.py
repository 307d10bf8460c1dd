"""Mutant: the defaults still hold ENV='production', removed in Flask 2.3."""

from flask import Flask
from werkzeug.datastructures import ImmutableDict

from .. import reference_app

KILLS = ["configuration.no_legacy_keys"]


def create_app():
    Flask.default_config = ImmutableDict({**Flask.default_config, "ENV": "production"})
    return reference_app()
