"""Apps that break HTTP or PEP 3333 in their answer, each on one contract route, and apps
whose manifest is broken. The hostile corpus (selftests/hostile_corpus.py) runs each
in both transports.

``answers(case)``: the reference app, except that GET /slashes/file/ (requested by the
scenario strict_slashes.no_redirect_to_slashless and by no other) answers as ANSWERS[case].
``manifest(case)``: the reference app, except that its manifest is MANIFESTS[case].
"""

import json
import time

ROUTE = "/slashes/file/"
MANIFEST = "/__conformance__/manifest"


def _start(start_response, status="200 OK", headers=(("Content-Type", "text/plain"),)):
    start_response(status, list(headers))


def _twice(sr):
    _start(sr)
    _start(sr)
    return [b"twice"]


def _endless():
    while True:
        time.sleep(0.001)
        yield b"x" * 1024


def _trickle():
    for _ in range(100):  # 10 s for 100 bytes
        time.sleep(0.1)
        yield b"."


def _huge():
    for _ in range(11):  # 11 MiB, over the suite's 10 MiB cap
        yield b"x" * (1024 * 1024)


def _raise():
    raise RuntimeError("the hostile app fell over")


#: What the attacked route does, given start_response; returns the body iterable.
ANSWERS = {
    "start_response twice": _twice,
    "no start_response": lambda sr: [b"no status"],
    "status without a reason phrase": lambda sr: (_start(sr, "200"), [b""])[1],
    "int status": lambda sr: (_start(sr, 200), [b""])[1],
    "str body": lambda sr: (_start(sr), ["text"])[1],
    "CR LF in a header value": lambda sr: (_start(sr, headers=[("X-Injected", "a\r\nSet-Cookie: admin=1")]), [b""])[1],
    "newline in a header name": lambda sr: (_start(sr, headers=[("X-Bad\nName", "v")]), [b""])[1],
    "non-latin-1 header value": lambda sr: (_start(sr, headers=[("X-Name", "\u5f20\u4e09")]), [b""])[1],
    "Content-Length larger than the body": lambda sr: (_start(sr, headers=[("Content-Length", "10")]), [b"abc"])[1],
    "Content-Length smaller than the body": lambda sr: (_start(sr, headers=[("Content-Length", "1")]), [b"abc"])[1],
    "endless body": lambda sr: (_start(sr), _endless())[1],
    "trickled body": lambda sr: (_start(sr), _trickle())[1],
    "huge body": lambda sr: (_start(sr), _huge())[1],
    "raises": lambda sr: _raise(),
    "hangs": lambda sr: (time.sleep(30), [b""])[1],
}


def _reference_except(hostile, answer):
    """The reference app, except that a request whose path ``hostile(path)`` accepts gets ``answer(start_response)``."""
    from flask_conformance.reference_app import create_app as reference

    inner = reference()

    def app(environ, start_response):
        if hostile(environ["PATH_INFO"]):
            return answer(start_response)
        return inner(environ, start_response)

    return app


def answers(case):
    return _reference_except(lambda path: path == ROUTE, ANSWERS[case])


def _json(document):
    return lambda sr: (_start(sr, headers=[("Content-Type", "application/json")]), [json.dumps(document).encode()])[1]


#: What the manifest route answers, given start_response.
MANIFESTS = {
    "missing": lambda sr: (_start(sr, "404 Not Found"), [b"no manifest here"])[1],
    "not JSON": lambda sr: (_start(sr, headers=[("Content-Type", "application/json")]), [b"{areas: all"])[1],
    "not an object": _json(["strict_slashes"]),
    "another contract version": _json({"contract_version": "2", "areas": ["strict_slashes"]}),
    "areas not a list": _json({"contract_version": "1", "areas": "strict_slashes"}),
    "an unknown area": _json({"contract_version": "1", "areas": ["strict_slashes", "teleportation"]}),
    "raises": lambda sr: _raise(),
    "hangs": lambda sr: (time.sleep(30), [b""])[1],
}


def manifest(case):
    return _reference_except(lambda path: path == MANIFEST, MANIFESTS[case])


def lies_about_its_areas():
    """Declares the strict_slashes area (the reference manifest declares every area) and answers
    501 to all of it: its scenarios fail, none is skipped as unsupported."""
    return _reference_except(lambda path: path.startswith("/slashes"),
                             lambda sr: (_start(sr, "501 Not Implemented"), [b"not here"])[1])
