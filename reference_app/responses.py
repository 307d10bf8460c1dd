"""The responses area: view return values, jsonify and redirect() (contract /responses/...).

The return values, jsonify and redirect() run on the main app. The JSON settings (app.json,
DEBUG, the legacy JSON_* keys) are app-wide, so each runs on an app of its own, mounted at
/responses/json-<name>, and the main app keeps Flask's defaults for the other areas.
"""

from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from functools import partial
from uuid import UUID

from flask import Blueprint, Flask, Response, abort, jsonify, make_response, redirect, url_for
from markupsafe import Markup

from .mounting import BuiltOnFirstRequest

#: The document every JSON-format route answers: keys out of order and text that is not ASCII.
DOCUMENT = {"b": 1, "a": [1, 2], "name": "张三"}

#: A header value that would start a second header line if it were sent as it is.
INJECTED = "a\r\nSet-Cookie: injected=1"

bp = Blueprint("responses", __name__, url_prefix="/responses")


@dataclass
class Point:
    x: int
    label: str


def _stream():
    # Three chunks, each its own line, so the body shows they came in order.
    yield "first\n"
    yield "second\n"
    yield "third\n"


def _header_assigned():
    response = Response("injected")
    response.headers["X-Note"] = INJECTED
    return response


#: GET /responses/return/<case>: what the view returns.
RETURNS = {
    "text": lambda: "hello",
    "bytes": lambda: b"hello",
    "utf8-text": lambda: "张三",
    "status": lambda: ("created", 201),
    "headers-dict": lambda: ("with a header", {"X-Extra": "dict"}),
    "headers-list": lambda: ("with headers", [("X-Extra", "one"), ("X-Extra", "two")]),
    "status-and-headers": lambda: ("accepted", 202, {"X-Extra": "three"}),
    "status-text": lambda: ("custom", "299 CUSTOM THING"),
    "unknown-code": lambda: ("unknown", 299),
    "content-type": lambda: ("plain", 200, {"Content-Type": "text/plain"}),
    "dict": lambda: {"b": 1, "a": [1, 2]},
    "list": lambda: ["b", "a"],
    "dict-status-headers": lambda: ({"a": 1}, 201, {"X-Extra": "json"}),
    "list-status": lambda: (["a"], 202),
    "make-response": lambda: make_response("made", 404, {"X-Made": "1"}),
    "make-response-dict": lambda: make_response({"a": 1}),
    "make-response-empty": lambda: make_response(),
    "response-mimetype": lambda: Response("r", status=202, mimetype="text/plain"),
    "response-content-type": lambda: Response("r", content_type="application/xml"),
    "response-default": lambda: Response("r"),
    "stream": _stream,
    "no-content": lambda: ("", 204),
}

#: GET /responses/invalid/<case>: return values Flask cannot make a response of (500).
INVALID = {
    "none": lambda: None,
    "int": lambda: 5,
    "four-tuple": lambda: ("four", 200, {}, "extra"),
}

#: GET /responses/header-newline/<how>: a header value holding CR LF, which Werkzeug refuses (500).
HEADER_NEWLINE = {
    "in-tuple": lambda: ("injected", {"X-Note": INJECTED}),
    "assigned": _header_assigned,
}

#: GET /responses/jsonify/<case>: what jsonify is given.
JSONIFY = {
    "document": lambda: jsonify(DOCUMENT),
    "keywords": lambda: jsonify(b=1, a="x"),
    "arguments": lambda: jsonify(1, 2, 3),
    "string": lambda: jsonify("x"),
    "none": lambda: jsonify(None),
    "datetime": lambda: jsonify(datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)),
    "date": lambda: jsonify(date(2024, 1, 2)),
    "uuid": lambda: jsonify(UUID(int=1)),
    "decimal": lambda: jsonify(Decimal("1.10")),
    "markup": lambda: jsonify(Markup("<b>")),
    "tuple": lambda: jsonify((1, 2)),
    "dataclass": lambda: jsonify(Point(2, "b")),
}

#: GET /responses/jsonify-error/<case>: what jsonify cannot serialize (500).
JSONIFY_ERRORS = {
    "set": lambda: jsonify({1}),
    "mixed-keys": lambda: jsonify({1: "a", "b": 2}),
    "arguments-and-keywords": lambda: jsonify(1, a=2),
}

#: GET /responses/redirect/<case>: the target given to redirect().
REDIRECTS = {
    "relative": "target",
    "iri": "/responses/目标?q=中",
    "unsafe": '/responses/target?a=1&b=<2>"',
}


def _answer(table, case):
    return table[case]() if case in table else abort(404)


bp.add_url_rule("/return/<case>", "return", partial(_answer, RETURNS))
bp.add_url_rule("/invalid/<case>", "invalid", partial(_answer, INVALID))
bp.add_url_rule("/header-newline/<case>", "header_newline", partial(_answer, HEADER_NEWLINE))
bp.add_url_rule("/jsonify/<case>", "jsonify", partial(_answer, JSONIFY))
bp.add_url_rule("/jsonify-error/<case>", "jsonify_error", partial(_answer, JSONIFY_ERRORS))


@bp.route("/target")
def target():
    return "target"


@bp.route("/redirect")
def redirect_default():
    return redirect("/responses/target")


@bp.route("/redirect/<int(min=301, max=308):code>")
def redirect_with_code(code):
    return redirect("/responses/target", code=code)


@bp.route("/redirect/url-for")
def redirect_url_for():
    return redirect(url_for("responses.target"))


@bp.route("/redirect/<case>")
def redirect_to_target(case):
    return redirect(REDIRECTS[case]) if case in REDIRECTS else abort(404)


#: The JSON apps mounted at /responses/json-<name>: their config and app.json attributes.
JSON_APPS = {
    # PROPAGATE_EXCEPTIONS off: in debug an unhandled error would be raised into the server.
    "debug": ({"DEBUG": True, "PROPAGATE_EXCEPTIONS": False}, {}),
    "unsorted": ({}, {"sort_keys": False}),
    "raw-utf8": ({}, {"ensure_ascii": False}),
    "pretty": ({}, {"compact": False}),
    # The keys Flask 2.2 read (with a DeprecationWarning) and 2.3 removed.
    "legacy-as-ascii": ({"JSON_AS_ASCII": False}, {}),
    "legacy-sort-keys": ({"JSON_SORT_KEYS": False}, {}),
    "legacy-prettyprint": ({"JSONIFY_PRETTYPRINT_REGULAR": True}, {}),
    "legacy-mimetype": ({"JSONIFY_MIMETYPE": "application/vnd.x+json"}, {}),
}


def _json_app(config, settings):
    app = Flask(__name__)
    app.config.update(TESTING=False, DEBUG=False)
    app.config.update(config)
    for name, value in settings.items():
        setattr(app.json, name, value)
    app.add_url_rule("/document", "document", lambda: jsonify(DOCUMENT))
    return app


def install(main):
    main.register_blueprint(bp)
    return {f"/responses/json-{name}": BuiltOnFirstRequest(partial(_json_app, *options))
            for name, options in JSON_APPS.items()}
