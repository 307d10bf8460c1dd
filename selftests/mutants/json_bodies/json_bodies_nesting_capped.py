"""Mutant: a JSON body nested more than 8 levels deep is refused with 400 (a depth guard set too low)."""

import json

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ["json_bodies.nested_ten_levels"]


def _depth(value):
    if isinstance(value, dict):
        value = list(value.values())
    return 1 + max(map(_depth, value), default=0) if isinstance(value, list) else 0


def _loads(self, data, **kwargs):
    value = json.loads(data, **kwargs)
    if _depth(value) > 8:
        raise ValueError("nested too deep")
    return value


def create_app():
    # The app's JSON provider loads every request body (the request context hands it to get_json).
    DefaultJSONProvider.loads = _loads
    return reference_app()
