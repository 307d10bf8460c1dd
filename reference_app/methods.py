"""The methods area: automatic HEAD and OPTIONS, 405 and method names (contract /methods/...)."""

from flask import Blueprint, Flask, request

bp = Blueprint("methods", __name__, url_prefix="/methods")


@bp.route("/page")
def page():
    # The body is the same for GET and HEAD (9 bytes); the header shows which method the view saw.
    return "page body", {"X-Method": request.method}


@bp.route("/form", methods=["GET", "POST"])
def form():
    return f"form {request.method}"


# Two rules for one path: OPTIONS and a 405 list the methods of both.
@bp.route("/multi")
def multi_get():
    return "multi GET"


@bp.route("/multi", methods=["DELETE"])
def multi_delete():
    return "multi DELETE"


@bp.route("/post-only", methods=["POST"])
def post_only():
    return "post-only POST"


@bp.route("/custom-options", methods=["GET", "OPTIONS"])
def custom_options():
    return "custom options" if request.method == "OPTIONS" else "custom GET"


@bp.route("/rule-off", provide_automatic_options=False)
def rule_off():
    return "rule-off GET"


def view_off():
    return "view-off GET"


# The same switch, set on the view function instead of passed to the rule.
view_off.provide_automatic_options = False
bp.add_url_rule("/view-off", view_func=view_off)


@bp.route("/lower", methods=["get", "post"])
def lower():
    return f"lower {request.method}"


# PURGE is no method of RFC 9110: a rule may still list it.
@bp.route("/cache", methods=["GET", "PURGE"])
def cache():
    return f"cache {request.method}"


def _config_off_app():
    """An app with PROVIDE_AUTOMATIC_OPTIONS off: an app-wide setting, so not the main app's."""
    app = Flask(__name__)
    app.config.update(TESTING=False, DEBUG=False, PROVIDE_AUTOMATIC_OPTIONS=False)

    @app.route("/page")
    def config_off_page():
        return "config-off GET"

    return app


def install(main):
    main.register_blueprint(bp)
    return {"/methods/config-off": _config_off_app()}
