"""Mutant: jsonify writes a set as a sorted list instead of failing."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ["responses.jsonify_refuses_values[set]"]


def create_app():
    default = DefaultJSONProvider.default

    def sets_as_lists(o):
        return sorted(o) if isinstance(o, (set, frozenset)) else default(o)

    DefaultJSONProvider.default = staticmethod(sets_as_lists)
    return reference_app()
