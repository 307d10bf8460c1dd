"""The class_views area: View and MethodView dispatch (contract /class_views/...)."""

import functools
from collections import Counter

from flask import Blueprint, jsonify, make_response, request, url_for
from flask.views import MethodView, View
from flask_conformance.contract import TOKEN_HEADER

bp = Blueprint("class_views", __name__, url_prefix="/class_views")


def mark_decorated(view):
    """A decorator for `decorators = [...]`: it shows on the response that it wrapped the view."""

    @functools.wraps(view)
    def decorated(**values):
        response = make_response(view(**values))
        response.headers["X-Decorated"] = "yes"
        return response

    return decorated


class Items(MethodView):
    # No `methods`: MethodView derives GET and POST from the handlers.
    decorators = [mark_decorated]

    def get(self):
        return "items GET", {"X-Handler": "get"}

    def post(self):
        return "items POST"


class Headed(MethodView):
    def get(self):
        return "headed GET", {"X-Handler": "get"}

    def head(self):
        return "", {"X-Handler": "head"}


class GetOnly(MethodView):
    methods = ["GET"]

    def get(self):
        return "get-only GET"

    def post(self):
        return "get-only POST"


class Unimplemented(MethodView):
    # PUT is listed, so it is routed, but there is no put() to dispatch it to.
    methods = ["GET", "PUT"]

    def get(self):
        return "unimplemented GET"


class Things(MethodView):
    def get(self, nid=None):
        return f"thing {nid}"

    def post(self):
        return "thing created"


class Plain(View):
    methods = ["GET", "POST"]

    def dispatch_request(self):
        return f"plain {request.method}"


class Bare(View):
    """A View that does not override dispatch_request."""


class PerRequest(View):
    """Counts, per client token, the requests this instance has dispatched."""

    def __init__(self):
        self.seen = Counter()

    def dispatch_request(self):
        token = request.headers.get(TOKEN_HEADER)
        self.seen[token] += 1
        return f"requests seen by this instance: {self.seen[token]}"


class Shared(PerRequest):
    init_every_request = False


bp.add_url_rule("/items", view_func=Items.as_view("items"))
bp.add_url_rule("/headed", view_func=Headed.as_view("headed"))
bp.add_url_rule("/get-only", view_func=GetOnly.as_view("get_only"))
bp.add_url_rule("/unimplemented", view_func=Unimplemented.as_view("unimplemented"))
# One view for two rules: its methods (GET, POST) apply to both.
things = Things.as_view("things")
bp.add_url_rule("/things", view_func=things)
bp.add_url_rule("/things/<int:nid>", view_func=things)
bp.add_url_rule("/plain", view_func=Plain.as_view("plain"))
bp.add_url_rule("/bare", view_func=Bare.as_view("bare"))
bp.add_url_rule("/per-request", view_func=PerRequest.as_view("per_request"))
bp.add_url_rule("/shared", view_func=Shared.as_view("shared"))


@bp.route("/links")
def links():
    return jsonify(items=url_for(".items"), things=url_for(".things", nid=3))


def install(main):
    main.register_blueprint(bp)
    return {}
