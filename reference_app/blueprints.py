"""The blueprints area: blueprint prefixes, nesting, names and registration errors (contract /blueprints/...)."""

import warnings

from flask import Blueprint, Flask, abort, jsonify, request, url_for


def _identity():
    """Who answers: the endpoint and the blueprints of the request."""
    return jsonify(endpoint=request.endpoint, blueprint=request.blueprint, blueprints=request.blueprints)


def _link():
    return url_for(".index")


def _link_to_nested():
    return url_for("parent.child.x")


blue = Blueprint("blue", __name__, url_prefix="/blue")
blue.add_url_rule("/index", "index", _identity)
blue.add_url_rule("/link", "link", _link)

moved = Blueprint("moved", __name__, url_prefix="/original")
moved.add_url_rule("/index", "index", _identity)

parent = Blueprint("parent", __name__, url_prefix="/parent")
child = Blueprint("child", __name__, url_prefix="/child")
child.add_url_rule("/x", "x", _identity)
parent.register_blueprint(child)

#: (blueprint name, url_prefix, rules): each view answers '<prefix>' + '<rule>', the two parts it joins.
JOINED = [
    ("trailing", "/trailing/", ["/", "/lead", "bare", "//double"]),
    ("plain", "/plain", ["", "/lead", "bare"]),
    ("doubled", "/doubled//", ["/lead"]),
]


def _joining(name, prefix, rules):
    bp = Blueprint(name, __name__, url_prefix=prefix)
    for number, rule in enumerate(rules):
        bp.add_url_rule(rule, f"rule{number}", lambda rule=rule: f"{prefix!r} + {rule!r}")
    return bp


def _first_line(kind, message):
    return f"{kind.__name__}: {str(message).splitlines()[0]}"


def _outcome(register):
    """What a registration on a throwaway app does: 'ExceptionType: first line of the message',
    or 'accepted', followed by the warnings it gave (older Flask warns where newer raises)."""
    # Recorded whatever the process's warning filters are, so that the answer never depends on them.
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        try:
            register()
        except Exception as error:  # noqa: BLE001 - the type is what the scenario reads
            return _first_line(type(error), error)
    return "; warned ".join(["accepted", *(_first_line(w.category, w.message) for w in warned)])


def _same_blueprint_twice():
    app = Flask(__name__)
    again = Blueprint("blue", __name__)
    app.register_blueprint(again)
    app.register_blueprint(again)


def _two_blueprints_one_name():
    app = Flask(__name__)
    app.register_blueprint(Blueprint("blue", __name__))
    app.register_blueprint(Blueprint("blue", __name__))


def _route_after_registration():
    app = Flask(__name__)
    late = Blueprint("late", __name__)
    app.register_blueprint(late)
    late.add_url_rule("/x", "x", _identity)


def _after_first_request(setup):
    """Set the app up after it has answered a request."""

    def register():
        app = Flask(__name__)
        app.add_url_rule("/", "index", _identity)
        app.test_client().get("/")
        setup(app)

    return register


#: The registrations GET /build-errors/<case> reports on, each tried on its own app.
BUILD_CASES = {
    "same-blueprint-same-name": _same_blueprint_twice,
    "other-blueprint-same-name": _two_blueprints_one_name,
    "dotted-name": lambda: Blueprint("blue.dot", __name__),
    "empty-name": lambda: Blueprint("", __name__),
    "route-after-registration": _route_after_registration,
    "app-route-after-first-request": _after_first_request(lambda app: app.route("/late")(_identity)),
    "app-errorhandler-after-first-request": _after_first_request(lambda app: app.errorhandler(404)(_identity)),
    "app-register-blueprint-after-first-request": _after_first_request(
        lambda app: app.register_blueprint(Blueprint("late", __name__))),
}


def _blueprints_app():
    """Blueprint names and endpoints are app-wide: an app of its own keeps the catalogue's names
    (blue, parent.child) apart from the other areas' blueprints."""
    app = Flask(__name__)
    app.config.update(TESTING=False, DEBUG=False)
    app.register_blueprint(blue)
    app.register_blueprint(blue, name="blue2", url_prefix="/blue2")
    app.register_blueprint(moved, url_prefix="/override")
    app.register_blueprint(parent)
    for name, prefix, rules in JOINED:
        app.register_blueprint(_joining(name, prefix, rules))
    app.add_url_rule("/link-to-nested", "link_to_nested", _link_to_nested)
    outcomes = {case: _outcome(register) for case, register in BUILD_CASES.items()}
    app.add_url_rule("/build-errors/<case>", "build_errors", lambda case: outcomes.get(case) or abort(404))
    return app


def install(main):
    return {"/blueprints": _blueprints_app()}
