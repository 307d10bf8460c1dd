"""The sessions area: views that read and write the signed cookie session (contract /sessions/...)."""

import secrets
from datetime import datetime, timezone
from functools import partial
from uuid import UUID

from flask import Blueprint, Flask, abort, jsonify, request, session
from flask_conformance.contract import SECRET_KEY
from markupsafe import Markup

from .mounting import BuiltOnFirstRequest

#: The retired key that the rotated variant still accepts (SECRET_KEY_FALLBACKS).
OLD_SECRET_KEY = "conformance-old-key"

#: The values whose types the tagged JSON serializer keeps.
TYPED = {
    "tuple": (1, 2),
    "bytes": b"\x00\xff",
    "datetime": datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
    "uuid": UUID(int=1),
    "markup": Markup("<b>x</b>"),
}

#: The apps mounted at /sessions/<name>: the same views under one app-wide setting each.
VARIANTS = {
    "keyless": {"SECRET_KEY": None},
    "custom": {
        "SESSION_COOKIE_NAME": "sid",
        "SESSION_COOKIE_HTTPONLY": False,
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_PATH": "/app",
        "SESSION_COOKIE_DOMAIN": "example.com",
    },
    "approot": {"APPLICATION_ROOT": "/myapp"},
    "named": {"SERVER_NAME": "example.com"},
    "partitioned": {"SESSION_COOKIE_PARTITIONED": True},
    "rotated": {"SECRET_KEY_FALLBACKS": [OLD_SECRET_KEY]},
    "no-refresh": {"SESSION_REFRESH_EACH_REQUEST": False},
    "hourly": {"PERMANENT_SESSION_LIFETIME": 3600},
}

bp = Blueprint("sessions", __name__)


def _json_object():
    """The request's JSON body, which must be an object to update the session with: else 400."""
    body = request.get_json()
    if not isinstance(body, dict):
        abort(400)
    return body


@bp.post("/store")
def store():
    session.update(_json_object())
    return jsonify(dict(session))


@bp.get("/dump")
def dump():
    return jsonify(dict(session))


@bp.get("/get/<key>")
def get(key):
    return jsonify({key: session.get(key)})


@bp.get("/has/<key>")
def has(key):
    return jsonify({key: key in session})


#: Reads that touch the keys but no value (SESS-17): each answers what it read.
KEY_READS = {
    "iterate": lambda: list(session),
    "length": lambda: len(session),
    "items": lambda: [list(pair) for pair in session.items()],
    "pop-missing": lambda: session.pop("missing", None),
}


@bp.get("/read/<how>")
def read(how):
    if how not in KEY_READS:
        abort(404)
    return jsonify({how: KEY_READS[how]()})


@bp.post("/pop/<key>")
def pop(key):
    return jsonify({key: session.pop(key, None)})


@bp.post("/clear")
def clear():
    session.clear()
    return jsonify({})


@bp.post("/permanent")
def permanent():
    session.permanent = True
    return jsonify(dict(session))


@bp.post("/append/<key>")
def append(key):
    items = session.get(key)
    # Only a list can be appended to: a missing key or another value is the client's error.
    if not isinstance(items, list):
        abort(404)
    items.append(len(items))
    # The session cannot see a change inside a nested value; only this flag saves it.
    if request.args.get("modified"):
        session.modified = True
    return jsonify(items)


@bp.get("/untouched")
def untouched():
    return "untouched"


@bp.post("/store-then-raise")
def store_then_raise():
    session.update(_json_object())
    raise RuntimeError("the view fails after writing the session")


@bp.post("/store-then-abort")
def store_then_abort():
    session.update(_json_object())
    abort(404)


@bp.post("/large")
def large():
    # Random text barely compresses, so the cookie stays over the 4093-byte limit.
    session["large"] = secrets.token_urlsafe(3750)
    return jsonify(size=len(session["large"]))


@bp.route("/typed", methods=["GET", "POST"])
def typed():
    if request.method == "POST":
        session.update(TYPED)
    # A session without the typed values (a GET before any POST) answers NoneType for each.
    return jsonify({name: type(session.get(name)).__name__ for name in TYPED})


def _variant_app(config):
    app = Flask(__name__)
    app.config.update(SECRET_KEY=SECRET_KEY, TESTING=False, DEBUG=False)
    app.config.update(config)
    app.register_blueprint(bp)
    return app


def install(main):
    main.register_blueprint(bp, url_prefix="/sessions")
    return {f"/sessions/{name}": BuiltOnFirstRequest(partial(_variant_app, config))
            for name, config in VARIANTS.items()}
