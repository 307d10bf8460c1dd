"""Mutant: jsonify cannot write a dataclass (as before Flask 1.1): TypeError, 500."""

import dataclasses

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ['responses.jsonify_writes_values[dataclass-{"label":"b","x":2}]']


def create_app():
    default = DefaultJSONProvider.default

    def no_dataclasses(o):
        if dataclasses.is_dataclass(o):
            raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
        return default(o)

    DefaultJSONProvider.default = staticmethod(no_dataclasses)
    return reference_app()
