"""Mutant: jsonify escapes <, > and & as \\u003c, \\u003e and \\u0026, as the HTML-safe dumps of templates do."""

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ['responses.jsonify_writes_values[markup-"<b>"]']


def create_app():
    dumps = DefaultJSONProvider.dumps

    def html_safe_dumps(self, obj, **kwargs):
        text = dumps(self, obj, **kwargs)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

    DefaultJSONProvider.dumps = html_safe_dumps
    return reference_app()
