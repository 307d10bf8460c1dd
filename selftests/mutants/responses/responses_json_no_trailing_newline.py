"""Mutant: jsonify's output does not end with a newline."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = [
    "responses.jsonify_writes_values",
    "responses.jsonify_compact_sorted_escaped",
    "responses.dict_is_json",
    "responses.list_is_json",
    "responses.make_response_of_dict",
    "responses.json_raw_utf8",
    "responses.json_unsorted_keeps_order",
    "responses.legacy_json_keys_ignored",
]


def create_app():
    response = DefaultJSONProvider.response

    def response_without_newline(self, *args, **kwargs):
        answer = response(self, *args, **kwargs)
        answer.set_data(answer.get_data().rstrip(b"\n"))
        return answer

    DefaultJSONProvider.response = response_without_newline
    return reference_app()
