"""The limits area: size limits on the request body (contract /limits/...).

The limits are app-wide configuration, so each set of them is an app of its own,
mounted under /limits, and the main app keeps Flask's defaults for the other areas.
Every app has the same views; each reads the body one way and answers how much it got.
"""

from flask import Flask, jsonify, request

from .mounting import BuiltOnFirstRequest

#: The mounted apps and the configuration each adds to Flask's defaults.
CONFIGS = {
    "/limits/capped": {"MAX_CONTENT_LENGTH": 100},
    "/limits/default": {},
    "/limits/form-memory": {"MAX_FORM_MEMORY_SIZE": 10},
    "/limits/form-parts": {"MAX_FORM_PARTS": 5},
}


def form():
    return jsonify(fields=len(request.form.getlist("f")), files=len(request.files.getlist("f")))


def data():
    return jsonify(bytes=len(request.get_data()))


def json_body():
    request.get_json()
    # get_json() keeps the body it read: get_data() gives it again without reading the stream.
    return jsonify(bytes=len(request.get_data()))


def stream():
    return jsonify(bytes=len(request.stream.read()))


def untouched():
    return "untouched"


def per_view():
    # Flask 3.1: a limit for this request only, set before the body is read.
    request.max_content_length = 10
    return form()


def _app(config):
    app = Flask(__name__)
    # TESTING and DEBUG stay off: a limit must be answered with its 413, as in production.
    app.config.update(TESTING=False, DEBUG=False, **config)
    for view in (form, data, json_body, stream, untouched, per_view):
        rule = "/" + view.__name__.replace("_body", "").replace("_", "-")
        app.add_url_rule(rule, view.__name__, view, methods=["POST"])
    return app


def install(main):
    return {path: BuiltOnFirstRequest(lambda config=config: _app(config)) for path, config in CONFIGS.items()}
