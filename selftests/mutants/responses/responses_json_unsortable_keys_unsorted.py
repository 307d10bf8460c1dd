"""Mutant: keys that cannot be sorted (int beside str) are written unsorted instead of failing."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ["responses.jsonify_refuses_values[mixed-keys]"]


def create_app():
    dumps = DefaultJSONProvider.dumps

    def dumps_falling_back_to_unsorted(self, obj, **kwargs):
        try:
            return dumps(self, obj, **kwargs)
        except TypeError:
            return dumps(self, obj, **kwargs, sort_keys=False)

    DefaultJSONProvider.dumps = dumps_falling_back_to_unsorted
    return reference_app()
