"""Mutant: jsonify keeps the keys in their order: the provider's sort_keys defaults to False."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = [
    "responses.jsonify_compact_sorted_escaped",
    "responses.dict_is_json",
    'responses.jsonify_writes_values[keywords-{"a":"x","b":1}]',
    'responses.jsonify_writes_values[dataclass-{"label":"b","x":2}]',
    "responses.legacy_json_keys_ignored",
]


def create_app():
    DefaultJSONProvider.sort_keys = False
    return reference_app()
