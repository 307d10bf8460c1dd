"""Mutant: jsonify of several values writes the first one only, not a list of them."""

from flask.json.provider import JSONProvider

from .. import reference_app

KILLS = ["responses.jsonify_writes_values[arguments-[1,2,3]]"]


def create_app():
    prepare = JSONProvider._prepare_response_obj

    def first_value_only(self, args, kwargs):
        return prepare(self, args[:1], kwargs)

    JSONProvider._prepare_response_obj = first_value_only
    return reference_app()
