"""The in-process transport: the environ it builds, the responses it returns, misbehaving apps."""

import gzip
import json
import re
import signal
import threading
import time
from wsgiref.validate import validator

import pytest
from flask_conformance.client import ConformanceClient
from flask_conformance.transports import calling
from flask_conformance.transports.calling import AppRaised, AppTimedOut, HarnessError, WSGIProtocolError
from flask_conformance.transports.wire import NO_HEADER, InPieces
from flask_conformance.transports.wsgi import WSGIAdapter

from selftests.apps import echo


def client_for(app, script_name="", timeout=5.0):
    return ConformanceClient("http://localhost", WSGIAdapter(app, script_name), timeout)


def test_environ_carries_method_path_query_and_host():
    environ = client_for(echo.app).get("/a%20b/c?x=1&x=2").json()
    assert (environ["REQUEST_METHOD"], environ["PATH_INFO"], environ["QUERY_STRING"]) == ("GET", "/a b/c", "x=1&x=2")
    assert (environ["HTTP_HOST"], environ["SERVER_NAME"], environ["SERVER_PORT"]) == ("localhost", "localhost", "80")
    assert (environ["SCRIPT_NAME"], environ["REMOTE_ADDR"], environ["wsgi.url_scheme"]) == ("", "127.0.0.1", "http")


def test_non_ascii_path_is_utf8_bytes_as_latin1():
    environ = client_for(echo.app).get("/%E4%B8%AD").json()
    assert environ["PATH_INFO"].encode("latin-1").decode("utf-8") == "/中"


def test_mount_point_splits_script_name_from_path_info():
    environ = client_for(echo.app, script_name="/mnt").get("/mnt/x/y").json()
    assert (environ["SCRIPT_NAME"], environ["PATH_INFO"]) == ("/mnt", "/x/y")


def test_body_arrives_with_content_length_and_type():
    environ = client_for(echo.app).post("/form", data="a=1&b=2",
                                        headers={"Content-Type": "application/x-www-form-urlencoded"}).json()
    assert (environ["body"], environ["CONTENT_LENGTH"], environ["CONTENT_TYPE"]) == (
        "a=1&b=2", "7", "application/x-www-form-urlencoded")


def reads(environ, start_response):
    """Answers every read(64) of wsgi.input until it is empty, and what says where the body ends."""
    got = list(iter(lambda: environ["wsgi.input"].read(64), b""))
    keys = ("CONTENT_LENGTH", "wsgi.input_terminated", "HTTP_TRANSFER_ENCODING", "HTTP_HOST", "SERVER_PROTOCOL")
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps({"reads": [r.decode() for r in got], **{k: environ.get(k) for k in keys}}).encode()]


@pytest.mark.parametrize(("body", "headers", "expected"), [
    (b"a=1&b=2", {}, {"reads": ["a=1&b=2"], "CONTENT_LENGTH": "7"}),
    # requests sends a generator chunked: as a server that decodes it passes it on.
    (iter([b"a=1", b"&b=2"]), {}, {"reads": ["a=1", "&b=2"], "CONTENT_LENGTH": None, "wsgi.input_terminated": True,
                                   "HTTP_TRANSFER_ENCODING": "chunked"}),
    (InPieces(b"abcdefg", 3), {}, {"reads": ["abc", "def", "g"], "CONTENT_LENGTH": "7"}),
    (b"a=1", {"Content-Length": NO_HEADER}, {"reads": ["a=1"], "CONTENT_LENGTH": None, "SERVER_PROTOCOL": "HTTP/1.0"}),
    (None, {"Host": NO_HEADER}, {"reads": [], "HTTP_HOST": None, "SERVER_PROTOCOL": "HTTP/1.0"}),
])
def test_request_shapes_reach_the_environ_as_a_server_gives_them(body, headers, expected):
    seen = client_for(reads).post("/", data=body, headers=headers).json()
    assert {key: seen.get(key) for key in expected} == expected
    assert seen["wsgi.input_terminated"] is expected.get("wsgi.input_terminated")


def test_request_headers_become_http_variables():
    client = client_for(echo.app)
    client.cookies.set("jar", "1")
    environ = client.get("/", headers={"X-Custom-Header": "v"}).json()
    assert environ["HTTP_X_CUSTOM_HEADER"] == "v"
    assert environ["HTTP_COOKIE"] == "jar=1"
    assert len(environ["HTTP_X_CONFORMANCE_TOKEN"]) == 32


def test_repeated_response_headers_and_every_set_cookie_survive():
    client = client_for(echo.app)
    response = client.get("/")
    assert response.raw.headers.getlist("X-Repeated") == ["1", "2"]
    assert response.raw.headers.getlist("Set-Cookie") == ["a=1; Path=/", "b=2; Path=/"]
    assert {c.name: c.value for c in client.cookies} == {"a": "1", "b": "2"}


def test_redirects_are_not_followed():
    def redirecting(environ, start_response):
        start_response("302 FOUND", [("Location", "/elsewhere")])
        return [b""]

    response = client_for(redirecting).get("/")
    assert (response.status_code, response.headers["Location"]) == (302, "/elsewhere")


def test_an_exception_becomes_an_error_that_says_what_the_app_did():
    def raising(environ, start_response):
        raise ValueError("boom")

    with pytest.raises(AppRaised, match=r"the app raised ValueError: boom instead of answering GET /x"):
        client_for(raising).get("/x")


def test_the_suites_own_failure_is_not_blamed_on_the_app(monkeypatch):
    def answering(environ, start_response):
        start_response("200 OK", [])
        return [b""]

    monkeypatch.setattr(calling, "check_start", None)  # a bug in start_response, the suite's code
    with pytest.raises(HarnessError, match=r"^flask-conformance's own code raised TypeError: .* while calling the "
                                           r"app for GET /x \(a bug in the suite, not in the app"):
        client_for(answering).get("/x")


def test_a_body_written_as_str_is_the_apps_fault():
    def writes_str(environ, start_response):
        start_response("200 OK", [])("text")
        return [b""]

    with pytest.raises(WSGIProtocolError, match=r"write\(\) was given str 'text', not bytes"):
        client_for(writes_str).get("/x")


def test_a_hang_becomes_a_timeout():
    def hanging(environ, start_response):
        time.sleep(2)

    started = time.monotonic()
    with pytest.raises(AppTimedOut, match=r"did not answer GET /slow within 0.2 s"):
        client_for(hanging, timeout=0.2).get("/slow")
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize(("answer", "message"), [
    (lambda sr: [sr(200, []), b""][1:], "the status is int 200, not str"),
    (lambda sr: [sr("200", []), b""][1:], "is not 'NNN Reason'"),
    (lambda sr: [sr("200 OK", [("X", 1)]), b""][1:], "is not a (str, str) tuple"),
    (lambda sr: [sr("200 OK", []), "text"][1:], "yielded str 'text', not bytes"),
    (lambda sr: [b"no start_response"], "without calling start_response"),
    (lambda sr: [sr("200 OK", [("X-Injected", "a\r\nSet-Cookie: admin=1")]), b""][1:],
     "holds '\\r', which is a control character"),
    (lambda sr: [sr("200 OK", [("X-Bad\nName", "v")]), b""][1:], "is not an RFC 9110 token"),
    (lambda sr: [sr("200 OK", [("X Space", "v")]), b""][1:], "is not an RFC 9110 token"),
    (lambda sr: [sr("200 OK", [("X-Name", "\u5f20\u4e09")]), b""][1:], "which is not latin-1 (PEP 3333)"),
])
def test_a_pep3333_violation_is_named(answer, message):
    with pytest.raises(WSGIProtocolError, match=re.escape(message)):
        client_for(lambda environ, start_response: answer(start_response)).get("/")


def test_an_endless_body_is_named_as_such():
    def endless(environ, start_response):
        start_response("200 OK", [])
        while True:
            yield b"x"

    with pytest.raises(AppTimedOut, match=r"answered GET /endless with '200 OK' but its body did not end within 0.2 s"):
        client_for(endless, timeout=0.2).get("/endless")


def test_an_answer_the_timer_could_not_interrupt_is_late_all_the_same():
    def disarms_the_timer(environ, start_response):
        signal.setitimer(signal.ITIMER_REAL, 0)  # as signal.alarm(0) or a C library resetting it would
        time.sleep(0.6)
        start_response("200 OK", [])
        return [b"late"]

    with pytest.raises(AppTimedOut, match=r"answered GET /late only after 0\.\d s, over the 0.2 s timeout"):
        client_for(disarms_the_timer, timeout=0.2).get("/late")


@pytest.mark.parametrize("declared", ["5", "1", "2, 2", "x"])
def test_a_content_length_that_is_not_the_body_length_is_named(declared):
    def app(environ, start_response):
        start_response("200 OK", [("Content-Length", declared)])
        return [b"ab"]

    with pytest.raises(WSGIProtocolError, match=f"declared Content-Length: {declared} but sent a body of 2 bytes"):
        client_for(app).get("/")


def test_a_head_response_declares_the_get_length_without_a_body():
    def app(environ, start_response):
        start_response("200 OK", [("Content-Length", "5")])
        return [b""]

    assert client_for(app).head("/").headers["Content-Length"] == "5"


def test_a_hang_outside_the_main_thread_times_out_too():
    def hanging(environ, start_response):
        time.sleep(2)

    errors = []

    def call():
        try:
            client_for(hanging, timeout=0.2).get("/slow")
        except AppTimedOut as exc:
            errors.append(exc)

    thread = threading.Thread(target=call)
    thread.start()
    thread.join(5)
    assert len(errors) == 1 and "within 0.2 s" in str(errors[0])


def test_the_opt_in_pep3333_lint_names_the_violation():
    def no_content_with_a_type(environ, start_response):
        start_response("204 No Content", [("Content-Type", "text/html")])
        return [b""]

    with pytest.raises(AppRaised, match="Content-Type header found in a 204 response"):
        client_for(validator(no_content_with_a_type)).get("/")


def _gzip_app(environ, start_response):
    encoded = environ["PATH_INFO"] == "/gzip"
    body = gzip.compress(b"hello") if encoded else b"hello"
    start_response("200 OK", [("Content-Type", "text/plain"), *([("Content-Encoding", "gzip")] if encoded else [])])
    return [body]


@pytest.mark.parametrize("path", ["/gzip", "/plain"])
def test_a_body_reads_as_requests_reads_one_from_a_server(path):
    # Decoded when the app encoded it, as requests decodes what a server sends; as sent otherwise.
    response = client_for(_gzip_app).get(path)
    assert response.content == b"hello" and response.text == "hello"
