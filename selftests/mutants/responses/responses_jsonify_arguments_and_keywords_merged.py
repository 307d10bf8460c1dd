"""Mutant: jsonify given both values and keywords writes the keywords instead of failing."""

from flask.json.provider import JSONProvider

from .. import reference_app

KILLS = ["responses.jsonify_refuses_values[arguments-and-keywords]"]


def create_app():
    prepare = JSONProvider._prepare_response_obj

    def keywords_win(self, args, kwargs):
        return prepare(self, () if kwargs else args, kwargs)

    JSONProvider._prepare_response_obj = keywords_win
    return reference_app()
