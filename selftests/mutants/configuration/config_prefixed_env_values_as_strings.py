"""Mutant: from_prefixed_env keeps every value as the string it was, never parsing JSON."""

from flask import Config

from .. import reference_app

KILLS = ["configuration.prefixed_env_json_values", "configuration.prefixed_env_nested"]


def create_app():
    from_prefixed_env = Config.from_prefixed_env
    Config.from_prefixed_env = lambda self, prefix="FLASK", *, loads=None: from_prefixed_env(self, prefix, loads=str)
    return reference_app()
