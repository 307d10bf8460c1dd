"""Mutant: jsonify writes a Decimal as a JSON number (a float) instead of its exact text."""

from decimal import Decimal

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ['responses.jsonify_writes_values[decimal-"1.10"]']


def create_app():
    default = DefaultJSONProvider.default

    def decimal_as_float(o):
        return float(o) if isinstance(o, Decimal) else default(o)

    DefaultJSONProvider.default = staticmethod(decimal_as_float)
    return reference_app()
