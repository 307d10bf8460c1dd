"""The redirect_to area: rules that redirect with 308 without calling a view (contract /redirect_to/...)."""

from collections import Counter

from flask import Blueprint, jsonify, request
from flask_conformance.contract import TOKEN_HEADER

bp = Blueprint("redirect_to", __name__, url_prefix="/redirect_to")

# How often the view of /old/<nid> ran, per client token: a redirect_to rule must never run it.
old_view_calls = Counter()


@bp.route("/home/<int:nid>")
def home(nid):
    return f"home {nid}"


@bp.route("/old/<int:nid>", redirect_to="/redirect_to/home/<nid>")
def old(nid):
    old_view_calls[request.headers.get(TOKEN_HEADER)] += 1
    return f"old view {nid}"


@bp.route("/old-view-calls")
def old_view_call_count():
    return jsonify(calls=old_view_calls[request.headers.get(TOKEN_HEADER)])


def home_with_value_type(adapter, nid):
    return f"/redirect_to/home/{nid}?t={type(nid).__name__}"


def home_with_adapter_type(adapter, nid):
    return f"/redirect_to/home/{nid}?adapter={type(adapter).__name__}"


# Rules that only redirect need no view function, just an endpoint.
bp.add_url_rule("/typed/<int:nid>", "typed", redirect_to=home_with_value_type)
bp.add_url_rule("/adapter/<int:nid>", "adapter", redirect_to=home_with_adapter_type)
bp.add_url_rule("/away", "away", redirect_to="https://example.org/x")
bp.add_url_rule("/old3", "old3", redirect_to="/redirect_to/home/3")


def install(main):
    main.register_blueprint(bp)
    return {}
