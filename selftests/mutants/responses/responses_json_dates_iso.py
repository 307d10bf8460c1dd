"""Mutant: jsonify writes dates and datetimes in ISO 8601 instead of as HTTP dates."""

from datetime import date

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = [
    'responses.jsonify_writes_values[datetime-"Tue, 02 Jan 2024 03:04:05 GMT"]',
    'responses.jsonify_writes_values[date-"Tue, 02 Jan 2024 00:00:00 GMT"]',
]


def create_app():
    default = DefaultJSONProvider.default

    def iso_dates(o):
        return o.isoformat() if isinstance(o, date) else default(o)

    DefaultJSONProvider.default = staticmethod(iso_dates)
    return reference_app()
