"""Mutant: jsonify labels its answer application/json; charset=utf-8."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = [
    "responses.jsonify_content_type",
    "responses.jsonify_writes_values",
    "responses.dict_is_json",
    "responses.list_is_json",
    "responses.dict_tuple_status_and_headers",
    "responses.list_tuple_status",
    "responses.make_response_of_dict",
    "responses.legacy_json_keys_ignored",
]


def create_app():
    DefaultJSONProvider.mimetype = "application/json; charset=utf-8"
    return reference_app()
