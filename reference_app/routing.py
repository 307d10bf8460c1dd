"""The routing area: rules, converters and query strings (contract /routing/...)."""

from uuid import UUID

from flask import Blueprint, Flask, jsonify, request, url_for
from werkzeug.routing import BaseConverter

bp = Blueprint("routing", __name__, url_prefix="/routing")


@bp.route("/plain")
def plain():
    return "plain"


# Lower case on purpose: method names are case-insensitive (ROUTE-2).
@bp.route("/post", methods=["post"])
def post_only():
    return "post"


@bp.route("/both", methods=["GET", "POST"])
def both():
    return f"both {request.method}"


# Two rules on one path: a 405 lists the methods of both (ROUTE-3).
@bp.route("/split", endpoint="split_get")
@bp.route("/split", methods=["POST"], endpoint="split_post")
def split():
    return f"split {request.method}"


def received(**values):
    """What the view got from the converter: the value and its type's name."""
    (value,) = values.values()
    return {"value": str(value) if isinstance(value, UUID) else value, "type": type(value).__name__}


def received_and_built(**values):
    """What the view got, and the URL url_for builds back from the same values."""
    return {**received(**values), "url": url_for(request.endpoint, **values)}


CONVERTER_RULES = {
    "user": "/user/<name>",
    "default": "/default/<default:name>",
    "len3": "/len3/<string(length=3):code>",
    "between": "/between/<string(minlength=2, maxlength=4):code>",
    "any": '/any/<any(about, help, "a b"):page>',
    "signed": "/signed/<int(signed=True):n>",
    "range": "/range/<int(min=1, max=10):n>",
    "digits": "/digits/<int(fixed_digits=3):n>",
    "float_signed": "/float-signed/<float(signed=True):x>",
    "float_range": "/float-range/<float(min=0.5, max=2.5):x>",
}
# The rules of the round-trip property (round_trip.feature) also answer the URL url_for builds.
BUILT_RULES = {
    "string": "/string/<string:name>",
    "path": "/path/<path:rest>",
    "int": "/int/<int:n>",
    "float": "/float/<float:x>",
    "uuid": "/uuid/<uuid:u>",
}
for endpoint, rule in CONVERTER_RULES.items():
    bp.add_url_rule(rule, endpoint, received)
for endpoint, rule in BUILT_RULES.items():
    bp.add_url_rule(rule, endpoint, received_and_built)


def _builtin_converters():
    return sorted(Flask(__name__).url_map.converters)


def _unknown_converter():
    """Register a rule naming a converter that does not exist, on a throwaway app."""
    try:
        Flask(__name__).add_url_rule("/x/<integer:n>", "x", lambda n: "")
    except Exception as exc:  # what a user sees when the app is built
        return f"{type(exc).__name__}: {exc}"
    return "registered"


BUILD_TIME = {"converter_names": _builtin_converters(), "unknown_converter": _unknown_converter()}


@bp.route("/converter-names")
def converter_names():
    return jsonify(BUILD_TIME["converter_names"])


@bp.route("/build-errors")
def build_errors():
    return jsonify(unknown_converter=BUILD_TIME["unknown_converter"])


ARG_READS = {
    "get": lambda args: {key: args.get(key) for key in args},
    "getlist": lambda args: {key: args.getlist(key) for key in args},
    "to_dict": lambda args: args.to_dict(),
}


@bp.route("/args/<any(get, getlist, to_dict):how>")
def read_args(how):
    return jsonify(ARG_READS[how](request.args))


@bp.route("/args/int")
def int_arg():
    return jsonify(plain=request.args.get("n", type=int), with_default=request.args.get("n", -1, type=int))


@bp.route("/args/required")
def required_arg():
    return f"q {request.args['q']}"


@bp.route("/form/required", methods=["POST"])
def required_form_field():
    return f"q {request.form['q']}"


class RegexConverter(BaseConverter):
    """The study notes' converter: the rule passes the regex; to_python and to_url convert."""

    def __init__(self, map, regex):
        super().__init__(map)
        self.regex = regex

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return super().to_url("%03d" % int(value))


def _custom_converter_app():
    """An app with a `regex` converter: converters are registered on the whole URL map, so
    it stays off the main app, whose other areas' rules must not see it."""
    app = Flask(__name__)
    app.url_map.converters["regex"] = RegexConverter
    app.add_url_rule(r'/index/<regex("\d+"):nid>', "index", received_and_built)
    return app


def install(main):
    main.register_blueprint(bp)
    return {"/routing-custom": _custom_converter_app()}
