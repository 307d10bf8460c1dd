"""Mutant: from_prefixed_env does not split names at a double underscore into nested dicts."""

import json
import os

from flask import Config

from .. import reference_app

KILLS = ["configuration.prefixed_env_nested"]


def create_app():
    def from_prefixed_env(self, prefix="FLASK", *, loads=json.loads):
        prefix = f"{prefix}_"
        for key in sorted(os.environ):
            if key.startswith(prefix):
                value = os.environ[key]
                try:
                    value = loads(value)
                except Exception:  # noqa: BLE001 - as Flask: a value that does not load stays a string
                    pass
                self[key.removeprefix(prefix)] = value
        return True

    Config.from_prefixed_env = from_prefixed_env
    return reference_app()
