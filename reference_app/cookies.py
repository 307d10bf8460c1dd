"""The cookies area: set_cookie, delete_cookie and request.cookies (contract /cookies/...)."""

from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, make_response, redirect, render_template_string, request, url_for

bp = Blueprint("cookies", __name__, url_prefix="/cookies")

#: GET /cookies/set/<case> calls set_cookie("k", "v", **SET_CASES[case]).
SET_CASES = {
    "plain": {},
    "no-path": {"path": None},
    "max-age": {"max_age": 60},
    "max-age-timedelta": {"max_age": timedelta(hours=1)},
    "expires-datetime": {"expires": datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc)},
    "expires-timestamp": {"expires": 1900000000},
    "domain": {"domain": "example.com"},
    "domain-dot": {"domain": ".example.com"},
    "secure-httponly": {"secure": True, "httponly": True},
    "samesite-Strict": {"samesite": "Strict"},
    "samesite-Lax": {"samesite": "Lax"},
    "samesite-None": {"samesite": "None"},
    "samesite-strict": {"samesite": "strict"},
    # Not a SameSite value: set_cookie raises ValueError, so the request is answered 500.
    "samesite-bogus": {"samesite": "bogus"},
    "partitioned": {"partitioned": True},
    "everything": {"domain": "example.com", "max_age": 60, "secure": True, "httponly": True,
                   "path": "/p", "samesite": "Lax"},
}

#: GET /cookies/delete/<case> calls delete_cookie("k", **DELETE_CASES[case]).
DELETE_CASES = {
    "plain": {},
    "path-domain": {"path": "/sub", "domain": "example.com"},
    "flags": {"secure": True, "httponly": True, "samesite": "Lax"},
}

WELCOME = "Welcome, {{ name }}"


@bp.get("/set/<case>")
def set_case(case):
    if case not in SET_CASES:
        abort(404)
    response = make_response(f"set {case}")
    response.set_cookie("k", "v", **SET_CASES[case])
    return response


@bp.get("/delete/<case>")
def delete_case(case):
    if case not in DELETE_CASES:
        abort(404)
    response = make_response(f"deleted {case}")
    response.delete_cookie("k", **DELETE_CASES[case])
    return response


@bp.get("/set-two")
def set_two():
    response = make_response("set two")
    response.set_cookie("first", "1")
    response.set_cookie("second", "2")
    return response


@bp.post("/set-value")
def set_value():
    """Set the cookie k to the "value" of the JSON body, as given."""
    body = request.get_json()
    if not isinstance(body, dict) or not isinstance(body.get("value"), str):
        abort(400)
    response = make_response("set")
    response.set_cookie("k", body["value"])
    return response


@bp.get("/read/<name>")
def read(name):
    return jsonify(get=request.cookies.get(name), getlist=request.cookies.getlist(name))


@bp.get("/received")
def received():
    """Every cookie the request carries: its name and all its values, in order."""
    return jsonify(dict(request.cookies.lists()))


# The cookie login of the study notes: a form posts a name, the welcome page reads it back.
@bp.post("/login")
def login():
    response = redirect(url_for(".welcome"))
    response.set_cookie("username", request.form.get("username", ""))
    return response


@bp.get("/welcome")
def welcome():
    # render_template_string autoescapes: the cookie is the user's input.
    return render_template_string(WELCOME, name=request.cookies.get("username", "guest"))


@bp.get("/logout")
def logout():
    response = redirect(url_for(".welcome"))
    response.delete_cookie("username")
    return response


def install(main):
    main.register_blueprint(bp)
    return {}
