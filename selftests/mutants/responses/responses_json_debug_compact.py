"""Mutant: jsonify indents only when compact is False, not in debug mode."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ["responses.json_debug_indents"]


def create_app():
    def response_ignoring_debug(self, *args, **kwargs):
        obj = self._prepare_response_obj(args, kwargs)
        layout = {"indent": 2} if self.compact is False else {"separators": (",", ":")}
        return self._app.response_class(f"{self.dumps(obj, **layout)}\n", mimetype=self.mimetype)

    DefaultJSONProvider.response = response_ignoring_debug
    return reference_app()
