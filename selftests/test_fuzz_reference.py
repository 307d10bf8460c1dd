"""The reference app answers malformed requests on every contract route validly, below 500, and in time.

The routes come from the app itself (the URL map of the main app and of every mounted app),
so a route added later is fuzzed too. Requests are PEP 3333 environs built by hand
(selftests/fuzz_requests.py): bad percent-encoding, invalid UTF-8, odd methods, long and
repeated headers, wrong content types, truncated multipart, lying Content-Length, no Host,
garbage cookies.
"""

import traceback
import zlib
from urllib.parse import parse_qsl

import pytest
from flask import got_request_exception
from flask_conformance.reference_app import create_app
from flask_conformance.transports.calling import call_app
from hypothesis import HealthCheck, given, seed, settings

from selftests.fuzz_requests import DEEP_JSON, FuzzedRequest, build_environ, requests_to, signed_cookie

# Deterministic in CI: derandomized (and a seed per route, below), no example database, no deadline.
# 15 examples on each of the ~220 routes (3300 requests) keep the whole file near 10 s on two idle cores.
settings.register_profile(
    "fuzz-reference",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=15,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
FUZZ = settings.get_profile("fuzz-reference")

#: Built once, at import: Hypothesis cannot see pytest fixtures, and no request can break the app's state.
APP = create_app()
HOOKS_APP = APP.mounts["/hooks"]
#: Seconds per request: the reference app answers in milliseconds, so a few seconds means a hang.
TIMEOUT = 3.0

#: (mount, endpoint, methods) answered 500 on purpose, for those methods only (None: all): only the
#: answer's validity and timeliness are checked. "" is the main app, which /mounted serves again;
#: None, every app that has the endpoint.
CONTRACT_500 = {
    ("/hooks", "boom", None),  # the hooks app's view raises ValueError (hooks area)
    (None, "sessions.store_then_raise", None),  # raises after writing the session (SESS-18), every variant
    ("", "class_views.bare", None),  # a View without dispatch_request (CBV-7)
    ("", "class_views.unimplemented", ("PUT",)),  # a listed method without a handler (CBV-6)
    ("", "class_views.things", ("POST",)),  # a handler without the rule's URL value (CBV-6)
    ("", "url_building.broken_link", None),  # url_for of an unknown endpoint, uncaught (URL-9)
    ("", "cookies.set_case", None),  # set_cookie with samesite="bogus" raises ValueError (COOKIE-2)
    ("", "responses.invalid", None),  # a view returning None, an int or a 4-tuple (RESP-1)
    ("", "responses.header_newline", None),  # a header value holding a newline is refused (RESP-2)
    ("", "responses.jsonify_error", None),  # jsonify of what it cannot serialize (JSON-2)
    ("/templates", "undefined_attribute", None),  # an attribute of an undefined variable (TPL-4)
    ("/templates", "missing_template", None),  # render_template of a template that does not exist (TPL-4)
    ("/errors", "abort", None),  # abort(999): no such code (ERR-1); other codes are their own status
    ("/errors", "raise", None),  # an unhandled exception on the app without handlers (ERR-10)
    ("/errors", "silent.raise", None),  # a handler that returns None (ERR-8)
    # A handler for Exception answers 500 itself for what has no code; one for HTTPException leaves
    # the others to Flask's 500 (ERR-4); abort with no such code is a LookupError there too.
    *((mount, endpoint, None) for mount in ("/errors/catch-all", "/errors/http-catch-all")
      for endpoint in ("raise", "abort")),
}

#: Without a SECRET_KEY, writing the session is answered 500 (SESS-1): the views of the keyless
#: session variant that write it (read covers pop-missing, typed its POST), and flash() on /flashing/keyless.
SESSION_WRITES = {
    "sessions.store", "sessions.store_then_abort", "sessions.pop", "sessions.clear", "sessions.permanent",
    "sessions.large", "sessions.typed", "sessions.read", "keyless_flash",
}

#: Flask's and Werkzeug's own 500s, not the reference app's: (exception class, file, function) of a
#: frame the exception went through. Each is allowed only when the request's exception matches. One
#: that a scenario specifies stays here all the same (the fuzzer checks the app, not Flask) and names it.
KNOWN_FLASK_500 = {
    # Werkzeug's Request.args decodes the raw QUERY_STRING bytes as strict UTF-8: a byte that is not
    # UTF-8 (not %-escaped, as some clients send it) raises wherever a view or a hook reads
    # request.args (GET /hooks/v?v=\x80: the hooks app's before hooks read ?short=). No scenario:
    # the suite's client cannot send it. requests %-encodes the URL ("?v=\x80" goes out as
    # "?v=%C2%80", and bytes params fail to decode as ASCII), both transports take the request-target
    # from that prepared URL, and a %-escaped "%80" is decoded leniently (200). A raw byte over 0x7F in
    # a request-target is not valid HTTP either (RFC 9112 section 3.2, RFC 3986 section 2).
    "non-UTF-8 query string": (UnicodeDecodeError, "werkzeug/sansio/request.py", "args"),
    # Request.get_json() turns only ValueError into a 400; json.loads raises RecursionError on a
    # body nested past the recursion limit (POST /sessions/store, application/json, "[" * 100000).
    # Specified by sessions.deep_json_body_fails (JREQ-6).
    "deep JSON": (RecursionError, "werkzeug/wrappers/request.py", "get_json"),
    # SecureCookieSessionInterface.open_session catches BadSignature only: a cookie signed with the
    # app's key whose payload is not a loadable tagged-JSON object raises before any view runs.
    # Specified by sessions.unloadable_payload_fails (SESS-20).
    "unloadable signed session": (Exception, "flask/sessions.py", "open_session"),
    # A routing redirect (a strict-slash 308, a redirect_to rule) builds its Location from the Host
    # header; with a port out of range (GET /slashes/dir, Host: localhost:65536) Werkzeug's iri_to_uri
    # reads urlsplit(location).port, which raises ValueError (Werkzeug 3.0.3 to 3.1.8). Not a scenario:
    # catalogue SLASH-7 records it, but it is a passing defect (Werkzeug 3.1.9's get_host drops an
    # out-of-range port, #3236, and the redirect goes to http:///slashes/dir/), not a behavior to pin.
    "Host port out of range": (ValueError, "werkzeug/urls.py", "iri_to_uri"),
    # The same port, read through request.url (GET /request/dump, Host: 0:65536): Werkzeug 2.3 to
    # 3.1.8's get_current_url ends in uri_to_iri, which reads the port too (catalogue row 40).
    "Host port out of range, read": (ValueError, "werkzeug/urls.py", "uri_to_iri"),
}


def known_flask_500(exc):
    """The name of the known Flask 500 that ``exc`` is, or None."""
    frames = [(frame.f_code.co_filename, frame.f_code.co_name) for frame, _ in traceback.walk_tb(exc.__traceback__)]
    for name, (exc_class, file, function) in KNOWN_FLASK_500.items():
        if isinstance(exc, exc_class) and any(f.endswith(file) and fn == function for f, fn in frames):
            return name
    return None


def contract_routes(dispatcher):
    """(mount, Flask app, rule) for every rule of the main app and of each app the dispatcher mounts.

    The static route Flask adds to each app is one of them: it is part of what the app serves.
    """
    apps = {"": dispatcher.app, **{mount: _built(app) for mount, app in dispatcher.mounts.items()}}
    return [(mount, app, rule) for mount, app in sorted(apps.items()) for rule in app.url_map.iter_rules()]


def _built(app):
    # A mount built on its first request (reference_app/mounting.py) is built now, to list its rules.
    return app.built() if hasattr(app, "built") else app


ROUTES = contract_routes(APP)


def contract_answers_500(mount, app, rule, request):
    app_mount = "" if mount == "/mounted" else mount
    if any(m in (None, app_mount) and e == rule.endpoint and (methods is None or request.method in methods)
           for m, e, methods in CONTRACT_500):
        return True
    if not app.secret_key and rule.endpoint in SESSION_WRITES:
        return True
    # On the hooks app ?fail=<after hook> makes that hook raise (hooks area).
    return app is HOOKS_APP and "fail" in dict(parse_qsl(request.query, keep_blank_values=True))


def call_recording_exceptions(request):
    """call_app's answer, and the exceptions that Flask answered with a 500 (it signals each one)."""
    raised = []

    def record(sender, exception, **extra):
        raised.append(exception)

    # call_app raises AppTimedOut on a hang and AppRaised or WSGIProtocolError on an invalid answer.
    with got_request_exception.connected_to(record):
        status, headers, body = call_app(APP, build_environ(request), TIMEOUT, request)
    return status, headers, body, raised


def check_answer(mount, app, rule, request, answer):
    status, headers, body, raised = answer
    code = int(status[:3])
    assert code >= 200, f"{request.method} {request.path_url} answered {status}"
    declared = [value for name, value in headers if name.lower() == "content-length"]
    # A HEAD answer declares the length of the body it leaves out.
    if declared and request.method != "HEAD":
        assert int(declared[0]) == len(body), f"Content-Length {declared[0]} but {len(body)} bytes"
    if code >= 500 and not contract_answers_500(mount, app, rule, request):
        unknown = [exc for exc in raised if known_flask_500(exc) is None]
        assert raised and not unknown, f"{request.method} {request.path_url!r} answered {status}, raising {unknown!r}"


def test_the_routes_come_from_every_mounted_app():
    mounts = {mount for mount, _, _ in ROUTES}
    assert {"", "/mounted", "/hooks", "/sessions/keyless", "/flashing/keyless", "/slashes-lenient"} <= mounts


# /sessions/*/large writes a cookie over the browsers' limit on purpose (SESS-19): Werkzeug warns.
@pytest.mark.filterwarnings("ignore:The '.*' cookie is too large")
@pytest.mark.parametrize(("mount", "app", "rule"), ROUTES, ids=[mount + rule.rule for mount, _, rule in ROUTES])
def test_malformed_requests_are_answered_below_500_in_time(mount, app, rule):
    # Defined per route, so that the strategy can use the route's own rule, methods and app. The seed
    # is the route's: derandomize alone would give every route the same examples (one function, one seed).
    @FUZZ
    @seed(zlib.crc32(f"{mount}{rule.rule}".encode()))
    @given(requests_to(app, mount, rule))
    def answers_validly(request):
        check_answer(mount, app, rule, request, call_recording_exceptions(request))

    answers_validly()


#: One request per known Flask 500, which must still be one: when Flask fixes it, drop its entry.
KNOWN_FLASK_500_REQUESTS = {
    "non-UTF-8 query string": FuzzedRequest("GET", "/hooks/v", "v=\x80", {"HTTP_HOST": "localhost"}, b""),
    "deep JSON": FuzzedRequest("POST", "/sessions/store", "", {
        "HTTP_HOST": "localhost", "CONTENT_TYPE": "application/json", "CONTENT_LENGTH": str(len(DEEP_JSON))},
        DEEP_JSON),
    "unloadable signed session": FuzzedRequest("GET", "/sessions/untouched", "", {
        "HTTP_HOST": "localhost", "HTTP_COOKIE": signed_cookie(APP.app, b"[1, 2]")}, b""),
    "Host port out of range": FuzzedRequest("GET", "/slashes/dir", "", {"HTTP_HOST": "localhost:65536"}, b""),
    "Host port out of range, read": FuzzedRequest("GET", "/request/dump", "", {"HTTP_HOST": "localhost:65536"}, b""),
}


@pytest.mark.parametrize("name", KNOWN_FLASK_500)
def test_each_known_flask_500_is_still_one(name):
    status, _, _, raised = call_recording_exceptions(KNOWN_FLASK_500_REQUESTS[name])
    assert (status[:3], [known_flask_500(exc) for exc in raised]) == ("500", [name])
