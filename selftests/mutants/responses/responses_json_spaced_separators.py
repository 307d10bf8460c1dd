"""Mutant: jsonify's compact output keeps json's default separators, a space after , and :."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = [
    "responses.jsonify_compact_sorted_escaped",
    "responses.dict_is_json",
    "responses.make_response_of_dict",
    'responses.jsonify_writes_values[keywords-{"a":"x","b":1}]',
    "responses.jsonify_writes_values[arguments-[1,2,3]]",
    "responses.jsonify_writes_values[tuple-[1,2]]",
    'responses.jsonify_writes_values[dataclass-{"label":"b","x":2}]',
]


def create_app():
    def response_spaced(self, *args, **kwargs):
        obj = self._prepare_response_obj(args, kwargs)
        indent = 2 if (self.compact is None and self._app.debug) or self.compact is False else None
        return self._app.response_class(f"{self.dumps(obj, indent=indent)}\n", mimetype=self.mimetype)

    DefaultJSONProvider.response = response_spaced
    return reference_app()
