"""The flashing area: messages flashed for the next request (contract /flashing/...)."""

from flask import Blueprint, Flask, flash, get_flashed_messages, jsonify, redirect, render_template, request, url_for
from markupsafe import Markup

bp = Blueprint("flashing", __name__, url_prefix="/flashing")


@bp.route("/flash")
def flash_three():
    flash("first")
    flash("second", "error")
    flash("third", "info")
    return redirect(url_for(".messages"))


@bp.route("/messages")
def messages():
    return jsonify(get_flashed_messages(
        with_categories="with_categories" in request.args,
        category_filter=request.args.getlist("category_filter"),
    ))


@bp.route("/read-twice")
def read_twice():
    return jsonify(
        plain=get_flashed_messages(),
        again=get_flashed_messages(),
        with_categories=get_flashed_messages(with_categories=True),
    )


@bp.route("/flash-then-read")
def flash_then_read():
    flash("now")
    return jsonify(get_flashed_messages())


@bp.route("/read-then-flash")
def read_then_flash():
    get_flashed_messages()
    flash("later")
    return jsonify(get_flashed_messages())


@bp.route("/flash-html")
def flash_html():
    flash(Markup("<b>bold</b>"), "error")
    flash("<i>esc</i>")
    return redirect(url_for(".page"))


@bp.route("/page")
def page():
    return render_template("flashing.html")


@bp.route("/flash-dict")
def flash_dict():
    flash({"code": 7, "text": "busy"})
    return redirect(url_for(".messages"))


@bp.route("/lookup")
def lookup():
    if request.args.get("v") == "ok":
        return "lookup ok"
    flash("request timed out")
    return redirect(url_for(".error"))


@bp.route("/error")
def error():
    return f"errors: {', '.join(get_flashed_messages())}"


def _keyless_app():
    """An app without a SECRET_KEY, so it has nowhere to keep a flashed message."""
    app = Flask(__name__)
    # The failing flash() must be answered with a 500, whatever FLASK_DEBUG says.
    app.config.update(TESTING=False, DEBUG=False)

    @app.route("/flash")
    def keyless_flash():
        flash("first")
        return "flashed"

    return app


def install(main):
    main.register_blueprint(bp)
    return {"/flashing/keyless": _keyless_app()}
