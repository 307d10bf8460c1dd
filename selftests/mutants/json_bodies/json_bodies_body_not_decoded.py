"""Mutant: get_json() hands the view the body's text instead of the JSON value it holds."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = [
    "json_bodies.parsed_by_content_type",
    "json_bodies.scalar_documents",
    "json_bodies.json_attribute_parses",
    "json_bodies.nested_ten_levels",
    "json_bodies.any_document_round_trips",
    "json_bodies.silent_still_parses",
    "json_bodies.force_ignores_content_type",
]


def _loads(self, data, **kwargs):
    return data.decode("utf-8") if isinstance(data, bytes) else data


def create_app():
    # The app's JSON provider loads every request body (the request context hands it to get_json).
    DefaultJSONProvider.loads = _loads
    return reference_app()
