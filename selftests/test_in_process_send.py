"""The in-process client's own way of sending (conformance/in_process_send.py) against requests'
Session: the app gets the same request, and a step sees the same response, request and cookie jar."""

import json

import pytest
import requests
from flask_conformance.client import ConformanceClient
from flask_conformance.transports.wire import NO_HEADER
from flask_conformance.transports.wsgi import WSGIAdapter


def app(environ, start_response):
    """Answers with what it received; sets a cookie; redirects /redirect."""
    body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    seen = {name: value for name, value in environ.items() if isinstance(value, str) and name != "wsgi.errors"}
    headers = [("Content-Type", "application/json"), ("Set-Cookie", f"seen={len(body)}; Path=/"),
               ("Set-Cookie", "other=x; Path=/a")]
    if environ["PATH_INFO"] == "/redirect":
        start_response("302 FOUND", [*headers, ("Location", "/target?from=redirect")])
        return [b""]
    start_response("200 OK", headers)
    return [json.dumps({**seen, "body": body.decode("latin-1")}).encode()]


def _client():
    return ConformanceClient("http://localhost", WSGIAdapter(app))


def _through_session(client, method, path, **kwargs):
    return requests.Session.request(client, method, client.url(path), allow_redirects=False, timeout=5, **kwargs)


SHAPES = {  # of requests
    "query": ("GET", "/a?x=1&x=2", {}),
    "params": ("GET", "/a", {"params": {"q": ["1", "2"], "r": "é"}}),
    "form": ("POST", "/form", {"data": {"a": "1", "b": ["2", "3"]}}),
    "bytes": ("PUT", "/raw", {"data": b"\x00\xff", "headers": {"Content-Type": "application/octet-stream"}}),
    "json": ("POST", "/json", {"json": {"a": [1, "ü"]}}),
    "files": ("POST", "/files", {"files": {"f": ("name.txt", b"data", "text/plain")}, "data": {"k": "v"}}),
    "header removed": ("GET", "/a", {"headers": {"User-Agent": None, "X-A": "1"}}),
    "header absent": ("POST", "/a", {"data": "x", "headers": {"Content-Length": NO_HEADER}}),
    "lowercase method": ("post", "/a", {"data": "x"}),
    "redirect": ("GET", "/redirect", {}),
}


def _seen(response, boundary=None):
    """What the app received and what the step sees, with a multipart boundary (random) named."""
    request = response.request
    body = request.body if isinstance(request.body, bytes) else (request.body or "").encode()
    boundary = boundary or (request.headers.get("Content-Type", "").partition("boundary=")[2] or None)

    def named(text):
        return text.replace(boundary, "BOUNDARY") if boundary else text

    return {
        "app received": named(response.text),
        "status": (response.status_code, response.reason, response.url),
        "headers": list(response.raw.headers.items()),
        "request": (request.method, request.url, named(json.dumps(dict(request.headers))),
                    named(body.decode("latin-1"))),
        "response cookies": sorted(response.cookies.items()),
        "next": None if response.next is None else (response.next.method, response.next.url,
                                                    dict(response.next.headers)),
        "history": response.history,
    }


@pytest.mark.parametrize("shape", SHAPES)
def test_the_client_sends_as_a_session_would(shape):
    method, path, kwargs = SHAPES[shape]
    with _client() as ours, _client() as session:
        session.headers["X-Conformance-Token"] = ours.token  # the token is per client
        sent, expected = ours.request(method, path, **kwargs), _through_session(session, method, path, **kwargs)
        assert _seen(sent) == _seen(expected)
        assert ours.last_sent is sent.request
        assert sorted(ours.cookies.items()) == sorted(session.cookies.items())


def test_the_jar_sends_back_what_the_app_set_as_a_session_would():
    with _client() as ours, _client() as session:
        session.headers["X-Conformance-Token"] = ours.token
        for path in ("/a", "/a/b", "/c"):
            sent, expected = ours.get(path), _through_session(session, "GET", path)
            assert _seen(sent) == _seen(expected)
            assert sent.request.headers.get("Cookie") == expected.request.headers.get("Cookie")


def test_what_this_path_cannot_do_goes_through_the_session():
    with _client() as client:
        followed = client.get("/redirect", follow_redirects=True)
        assert [r.status_code for r in [*followed.history, followed]] == [302, 200]
        assert client.get("/a", cookies={"given": "1"}).request.headers["Cookie"].endswith("given=1")


def test_a_client_with_its_own_prepare_request_sends_through_the_session():
    # A step that sends a URL as written (static_files_steps.py) puts its own on the client.
    with _client() as client:
        prepare = client.prepare_request

        def as_written(request):
            prepared = prepare(request)
            prepared.url = client.url("/a/../b")
            return prepared

        client.prepare_request = as_written
        assert json.loads(client.get("/a/../b").text)["PATH_INFO"] == "/a/../b"
