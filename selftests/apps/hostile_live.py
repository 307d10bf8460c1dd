"""Apps that attack the client and the live transport: bodies that never end, trickle or
are huge, routes that hang, a server that logs, fails or exits mid-run."""

import os
import sys
import time

#: Eight contract routes, each requested by one scenario and by no other, in the areas that
#: run first: every scenario after them shows whether the hangs cost it anything.
HANGING_ROUTES = (
    "/defaults/users/page/1", "/defaults/links", "/defaults/index", "/flashing/flash-dict",
    "/flashing/read-twice", "/flashing/keyless/flash", "/hooks/nope", "/hooks/bp/nope",
)


def hangs_on_eight_routes():
    """The reference app, hanging 30 s (far past the self-test's timeout) on HANGING_ROUTES."""
    from flask_conformance.reference_app import create_app as reference

    inner = reference()

    def app(environ, start_response):
        if environ["PATH_INFO"] in HANGING_ROUTES:
            time.sleep(30)
        return inner(environ, start_response)

    return app


def manifest_hangs(environ, start_response):
    """Accepts connections, answers nothing."""
    time.sleep(30)


def _endless():
    while True:  # 100 KB/s, for ever
        time.sleep(0.01)
        yield b"x" * 1024


def _trickle():
    for _ in range(100):
        time.sleep(0.1)
        yield b"."


def _breaks():
    yield b"a" * 100
    raise RuntimeError("the hostile app broke off its body")


def _fails():
    print("hostile_live: about to fail", file=sys.stderr, flush=True)
    raise RuntimeError("the hostile app fell over")


def _hangs():
    print("hostile_live: about to hang", file=sys.stderr, flush=True)
    time.sleep(5)
    return [b"late"]


def _exits():
    os._exit(3)


#: What each path answers: (status, a callable giving the body).
ROUTES = {
    "/ok": ("200 OK", lambda: [b'{"ok": true}']),
    "/endless": ("200 OK", _endless),
    "/trickle": ("200 OK", _trickle),
    "/huge": ("200 OK", lambda: [b"x" * 5000]),
    "/breaks": ("200 OK", _breaks),
    "/fails": ("200 OK", _fails),
    "/hangs": ("200 OK", _hangs),
    "/exits": ("200 OK", _exits),
}


def app(environ, start_response):
    """A plain WSGI app answering ROUTES, and a redirect from /redirect to /ok."""
    path = environ["PATH_INFO"]
    if path == "/redirect":
        start_response("302 Found", [("Location", "/ok"), ("Content-Length", "0")])
        return [b""]
    status, body = ROUTES[path]
    chunks = body()  # before start_response: an app that fails here gets the server's 500
    start_response(status, [("Content-Type", "application/json")])
    return chunks
