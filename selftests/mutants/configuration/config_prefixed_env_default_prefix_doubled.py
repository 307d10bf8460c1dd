"""Mutant: from_prefixed_env's default prefix is "FLASK_", so with the separator it reads FLASK__ variables."""

import json

from flask import Config

from .. import reference_app

KILLS = ["configuration.prefixed_env_flask_prefix"]


def create_app():
    from_prefixed_env = Config.from_prefixed_env
    Config.from_prefixed_env = (
        lambda self, prefix="FLASK_", *, loads=json.loads: from_prefixed_env(self, prefix, loads=loads))
    return reference_app()
