"""Mutant: jsonify writes non-ASCII text as UTF-8: the provider's ensure_ascii defaults to False."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ["responses.jsonify_compact_sorted_escaped", "responses.legacy_json_keys_ignored"]


def create_app():
    DefaultJSONProvider.ensure_ascii = False
    return reference_app()
