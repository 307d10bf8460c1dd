"""Mutant: a JSON body without a charset parameter is decoded as ISO-8859-1 (HTTP/1.1's old text default), not UTF-8."""

import json

from flask import request
from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ["json_bodies.scalar_documents[\"\\u4e2d\\u6587\"]", "json_bodies.any_document_round_trips"]


def _loads(self, data, **kwargs):
    charset = request.mimetype_params.get("charset", "iso-8859-1")
    return json.loads(data.decode(charset) if isinstance(data, bytes) else data, **kwargs)


def create_app():
    # The app's JSON provider loads every request body (the request context hands it to get_json).
    DefaultJSONProvider.loads = _loads
    return reference_app()
