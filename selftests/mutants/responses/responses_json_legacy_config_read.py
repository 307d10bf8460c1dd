"""Mutant: jsonify still reads the legacy JSON_* config keys, as Flask 2.2 did."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ["responses.legacy_json_keys_ignored"]


def create_app():
    dumps = DefaultJSONProvider.dumps

    def dumps_with_config(self, obj, **kwargs):
        config = self._app.config
        kwargs.setdefault("ensure_ascii", config.get("JSON_AS_ASCII", self.ensure_ascii))
        kwargs.setdefault("sort_keys", config.get("JSON_SORT_KEYS", self.sort_keys))
        return dumps(self, obj, **kwargs)

    def response_with_config(self, *args, **kwargs):
        config = self._app.config
        obj = self._prepare_response_obj(args, kwargs)
        pretty = config.get("JSONIFY_PRETTYPRINT_REGULAR") or self._app.debug
        layout = {"indent": 2} if pretty else {"separators": (",", ":")}
        mimetype = config.get("JSONIFY_MIMETYPE", self.mimetype)
        return self._app.response_class(f"{self.dumps(obj, **layout)}\n", mimetype=mimetype)

    DefaultJSONProvider.dumps = dumps_with_config
    DefaultJSONProvider.response = response_with_config
    return reference_app()
