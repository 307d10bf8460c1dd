"""Mutant: only an object or an array is a JSON document (RFC 4627's JSON text): a scalar is a 400."""

import json

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = [
    "json_bodies.scalar_documents[null]",
    "json_bodies.scalar_documents[\"text\"]",
    "json_bodies.scalar_documents[\"\\u4e2d\\u6587\"]",
    "json_bodies.scalar_documents[42]",
    "json_bodies.scalar_documents[true]",
    "json_bodies.any_document_round_trips",
]


def _loads(self, data, **kwargs):
    value = json.loads(data, **kwargs)
    if not isinstance(value, (dict, list)):
        raise ValueError("a JSON text is an object or an array")
    return value


def create_app():
    # The app's JSON provider loads every request body (the request context hands it to get_json).
    DefaultJSONProvider.loads = _loads
    return reference_app()
