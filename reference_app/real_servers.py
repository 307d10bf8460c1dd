"""The real_servers area: what reaches the app through a real WSGI server (contract /real_servers/...)."""

from flask import Blueprint, request

bp = Blueprint("real_servers", __name__, url_prefix="/real_servers")

PAGE = "a page of 21 bytes..."


@bp.route("/page")
def page():
    return PAGE


# PURGE is no method of RFC 9110; a rule may list any token.
@bp.route("/methods", methods=["GET", "PURGE"])
def methods():
    return f"method {request.method}"


@bp.route("/header")
def header():
    name = request.args.get("name", "")
    return f"{name}: {request.headers.get(name, '(none)')}"


@bp.route("/host")
def host():
    return f"HTTP_HOST {request.environ.get('HTTP_HOST', '(none)')}"


def install(main):
    main.register_blueprint(bp)
    return {}
