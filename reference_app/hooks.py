"""The hooks area: before/after/teardown hooks that leave a trail, and a login gate (contract /hooks/...)."""

import threading
from collections import OrderedDict

from flask import (
    Blueprint,
    Flask,
    abort,
    after_this_request,
    g,
    redirect,
    render_template_string,
    request,
    session,
    url_for,
)
from flask_conformance.contract import SECRET_KEY, TOKEN_HEADER, TRACE_HEADER


class TeardownLog:
    """The teardown trail of each client token's latest request, for the latest ``size`` tokens."""

    def __init__(self, size=1024):
        self._size = size
        self._trails = OrderedDict()
        # Live servers run requests on several threads.
        self._lock = threading.Lock()

    def record(self, token, trail):
        with self._lock:
            self._trails[token] = trail
            self._trails.move_to_end(token)
            while len(self._trails) > self._size:
                self._trails.popitem(last=False)

    def latest(self, token):
        with self._lock:
            return self._trails.get(token, "")


teardown_log = TeardownLog()


class HandledError(Exception):
    """An error that the hooks app's errorhandler turns into a response."""


def _trail():
    return g.setdefault("trail", [])


def _before(name):
    """A before hook that joins the trail; ?short=<name> or ?abort=<name> make it end the request."""

    def before():
        _trail().append(name)
        if request.args.get("short") == name:
            return f"short-circuit by {name}"
        if request.args.get("abort") == name:
            abort(403)
        return None

    return before


def _after(name):
    """An after hook that joins the trail and shows it in X-Trace; ?fail=<name> makes it raise."""

    def after(response):
        if request.args.get("fail") == name:
            raise RuntimeError(f"after hook {name} fails")
        _trail().append(name)
        response.headers[TRACE_HEADER] = " ".join(_trail())
        return response

    return after


def _teardown(name):
    """A teardown hook that files name(exception class) under the request's client token."""

    def teardown(exc):
        # Reading the log is itself a request: it must not replace the trail it reads.
        if request.endpoint == "teardowns":
            return
        trail = g.setdefault("teardowns", [])
        trail.append(f"{name}({type(exc).__name__ if exc is not None else None})")
        teardown_log.record(request.headers.get(TOKEN_HEADER, ""), " ".join(trail))

    return teardown


def _view():
    _trail().append("view")
    return "view"


bp = Blueprint("bp", __name__, url_prefix="/bp")
bp.before_request(_before("bp.b1"))
bp.before_request(_before("bp.b2"))
bp.before_app_request(_before("bp.app_b"))
bp.after_request(_after("bp.a1"))
bp.after_request(_after("bp.a2"))
bp.after_app_request(_after("bp.app_a"))
bp.teardown_request(_teardown("bp.t1"))
bp.add_url_rule("/v", "v", _view)

child = Blueprint("child", __name__, url_prefix="/child")
child.before_request(_before("child.b1"))
child.after_request(_after("child.a1"))
child.teardown_request(_teardown("child.t1"))
child.add_url_rule("/v", "v", _view)
bp.register_blueprint(child)

gate = Blueprint("gate", __name__, url_prefix="/gate")

LOGIN_PAGE = """<form method="post">
<input name="user"> <input name="pwd" type="password"> <button>Log in</button>
</form>
<p class="error">{{ error }}</p>
"""


@gate.before_request
def require_login():
    # Only this blueprint's pages are guarded, so the login page stays reachable.
    if session.get("user") is None:
        return redirect(url_for("login"))
    return None


@gate.route("/")
def welcome():
    return f"welcome {session['user']}"


def login():
    error = ""
    if request.method == "POST":
        if request.form.get("user") == "admin" and request.form.get("pwd") == "password":
            session["user"] = request.form["user"]
            return redirect(url_for("gate.welcome"))
        error = "wrong user name or password"
    return render_template_string(LOGIN_PAGE, error=error)


def boom():
    _trail().append("view")
    raise ValueError("the view fails")


def handled():
    _trail().append("view")
    raise HandledError()


def with_after_this_request():
    _trail().append("view")
    after_this_request(_after("atr"))
    return "view"


def teardowns():
    return teardown_log.latest(request.headers.get(TOKEN_HEADER, ""))


def handled_error(error):
    return "handled", 409


def _hooks_app():
    """The app whose app-level hooks surround the blueprint's, as the registration order says."""
    app = Flask(__name__)
    # TESTING and DEBUG stay off: an unhandled error must be answered with a 500.
    app.config.update(SECRET_KEY=SECRET_KEY, TESTING=False, DEBUG=False)
    app.before_request(_before("b1"))
    app.after_request(_after("a1"))
    app.teardown_request(_teardown("t1"))
    app.register_blueprint(bp)
    app.before_request(_before("b2"))
    app.after_request(_after("a2"))
    app.teardown_request(_teardown("t2"))
    app.register_blueprint(gate)
    app.add_url_rule("/v", "v", _view)
    app.add_url_rule("/boom", "boom", boom)
    app.add_url_rule("/handled", "handled", handled)
    app.add_url_rule("/atr", "atr", with_after_this_request)
    app.add_url_rule("/login", "login", login, methods=["GET", "POST"])
    app.add_url_rule("/teardowns", "teardowns", teardowns)
    app.register_error_handler(HandledError, handled_error)
    return app


def install(main):
    return {"/hooks": _hooks_app()}
