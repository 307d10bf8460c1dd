"""Mutant: the JSON provider reads its settings from its class, so setting them on app.json changes nothing."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ["responses.json_unsorted_keeps_order", "responses.json_raw_utf8", "responses.json_not_compact_indents"]


def create_app():
    dumps, response = DefaultJSONProvider.dumps, DefaultJSONProvider.response

    def dumps_with_class_settings(self, obj, **kwargs):
        kwargs.setdefault("ensure_ascii", type(self).ensure_ascii)
        kwargs.setdefault("sort_keys", type(self).sort_keys)
        return dumps(self, obj, **kwargs)

    def response_with_class_settings(self, *args, **kwargs):
        self.compact = type(self).compact  # the app's own setting is forgotten
        return response(self, *args, **kwargs)

    DefaultJSONProvider.dumps = dumps_with_class_settings
    DefaultJSONProvider.response = response_with_class_settings
    return reference_app()
