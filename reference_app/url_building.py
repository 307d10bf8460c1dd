"""The url_building area: add_url_rule, endpoints and url_for (contract /url_building/...)."""

from flask import Blueprint, Flask, request, url_for
from werkzeug.routing import BuildError

bp = Blueprint("url_building", __name__, url_prefix="/url_building")
# Registered twice below (as blue and blue2): a relative ".index" names the registration it runs in.
blue = Blueprint("blue", __name__)


@bp.route("/")
def index():
    return "index"


def login():
    return f"{request.endpoint} {request.method}"


def noendpoint():
    return request.endpoint


bp.add_url_rule("/login", "n2", login, methods=["GET", "POST"])
bp.add_url_rule("/ne", view_func=noendpoint)


@bp.route("/user/<id>")
def user(id):
    return f"user {id}"


@bp.route("/path/<path:p>")
def path(p):
    return f"path {p}"


def items():
    return f"items {request.method}"


# One endpoint, two rules: the GET rule comes first, so only _method="POST" builds the second.
bp.add_url_rule("/items", "items", items, methods=["GET"])
bp.add_url_rule("/items/new", "items", items, methods=["POST"])


def blue_index():
    return f"{request.blueprint} index"


def blue_link():
    return url_for(".index")


blue.add_url_rule("/index", "index", blue_index)
blue.add_url_rule("/link", "link", blue_link)


bp.register_blueprint(blue, url_prefix="/blue")
bp.register_blueprint(blue, name="blue2", url_prefix="/blue2")

#: What GET /url_building/link/<case> answers: one url_for call each.
LINKS = {
    "n2": lambda: url_for("url_building.n2"),
    "noendpoint": lambda: url_for("url_building.noendpoint"),
    "query-extra": lambda: url_for("url_building.index", page=2),
    "query-order": lambda: url_for("url_building.index", z=1, a=2),
    "query-list": lambda: url_for("url_building.index", lst=["1", "2"]),
    "query-none": lambda: url_for("url_building.index", page=2, none=None),
    "query-space": lambda: url_for("url_building.index", q="a b"),
    "query-utf8": lambda: url_for("url_building.index", x="中"),
    "query-reserved": lambda: url_for("url_building.index", q="a&b=c#d+e%"),
    "query-slash-question": lambda: url_for("url_building.index", q="c/d?e"),
    "path-space": lambda: url_for("url_building.user", id="a b"),
    "path-space-slash": lambda: url_for("url_building.user", id="a b/c"),
    "path-utf8": lambda: url_for("url_building.user", id="中"),
    "path-converter": lambda: url_for("url_building.path", p="a/b c"),
    "external": lambda: url_for("url_building.index", _external=True),
    "scheme": lambda: url_for("url_building.index", _scheme="https"),
    "scheme-internal": lambda: url_for("url_building.index", _scheme="https", _external=False),
    "anchor": lambda: url_for("url_building.index", _anchor="frag ment"),
    "method-post": lambda: url_for("url_building.items", _method="POST"),
    "blue": lambda: url_for("url_building.blue.index"),
    "blue2": lambda: url_for("url_building.blue2.index"),
    "unknown-endpoint": lambda: url_for("url_building.nowhere"),
    "missing-value": lambda: url_for("url_building.user"),
}


@bp.route("/link/<case>")
def link(case):
    if case not in LINKS:
        return f"no link case {case}", 404
    try:
        return LINKS[case]()
    except (BuildError, ValueError) as exc:
        # What url_for raised, so that a scenario can name it (uncaught it would be a bare 500).
        return _raised(exc)


@bp.route("/broken-link")
def broken_link():
    return url_for("url_building.nowhere")


def _raised(exc):
    if isinstance(exc, BuildError):
        return type(exc).__name__  # its message lists suggestions that vary with the URL map
    return f"{type(exc).__name__}: {exc}"


def outside_blueprint():
    # An app view: a relative name resolves to an app endpoint.
    return url_for(".url_building_outside_blueprint")


def _plain_app(**config):
    app = Flask(__name__)
    app.config.update(TESTING=False, DEBUG=False, **config)

    @app.route("/")
    def index():
        return "index"

    return app


def _outside_request(config, **options):
    """url_for("index") in an app context with no request, as a CLI command or a mail job does."""
    app = _plain_app(**config)
    with app.app_context():
        return url_for("index", **options)


def _overwrite_endpoint():
    app = _plain_app()

    def first():
        return "first"

    def second():
        return "second"

    app.add_url_rule("/a", "same", first)
    app.add_url_rule("/b", "same", second)
    return "registered"


#: What GET /url_building/startup/<case> answers: each was tried when the app was built.
STARTUP = {
    "overwrite-endpoint": _overwrite_endpoint,
    "no-server-name": lambda: _outside_request({}),
    "server-name": lambda: _outside_request({"SERVER_NAME": "example.com"}),
    "server-name-internal": lambda: _outside_request({"SERVER_NAME": "example.com"}, _external=False),
    "application-root": lambda: _outside_request(
        {"SERVER_NAME": "example.com", "APPLICATION_ROOT": "/root", "PREFERRED_URL_SCHEME": "https"}),
}


def _try(attempt):
    try:
        return attempt()
    except Exception as exc:  # noqa: BLE001 - what was raised is the observation
        return f"{type(exc).__name__}: {exc}"


def _server_name_app():
    """An app with SERVER_NAME: its external URLs name that host, whatever the request's Host."""
    app = _plain_app(SERVER_NAME="example.com")

    @app.route("/external")
    def external():
        return url_for("external", _external=True)

    return app


def install(main):
    main.register_blueprint(bp)
    main.add_url_rule("/url_building/outside-blueprint", "url_building_outside_blueprint", outside_blueprint)
    outcomes = {case: _try(attempt) for case, attempt in STARTUP.items()}

    def startup(case):
        if case not in outcomes:
            return f"no startup case {case}", 404
        return outcomes[case]

    main.add_url_rule("/url_building/startup/<case>", "url_building_startup", startup)
    return {"/url_building/server-name": _server_name_app()}
