"""The client over real HTTP: the timeout bounds the whole response, bodies are capped and
dropped after their scenario, and a live server's failures come with its log."""

from __future__ import annotations

import re
import socket
import threading
import time
from contextlib import contextmanager
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
import requests
from flask_conformance.body_reading import BodyTimedOut, BodyTooLarge
from flask_conformance.client import ConformanceClient
from flask_conformance.transports.live import LiveServer, LiveServerError
from flask_conformance.transports.wsgi import WSGIAdapter

from selftests.apps import hostile_live


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def hostile_url():
    """hostile_live.app served in this process on 127.0.0.1 (no server log: like --base-url)."""
    server = make_server("127.0.0.1", 0, hostile_live.app, server_class=_ThreadingServer,
                         handler_class=_QuietHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def live_server():
    """hostile_live.app under waitress in a subprocess, as --transport live runs it."""
    server = LiveServer("selftests.apps.hostile_live:app", request_timeout=2)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def trickling_headers_url():
    """A server that sends its status line and then one header byte every 0.1 s, for ever."""
    listener = socket.create_server(("127.0.0.1", 0))

    def trickle(conn):
        with conn:
            conn.recv(65536)
            try:
                for byte in b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"x" * 10_000:
                    conn.sendall(bytes([byte]))
                    time.sleep(0.1)
            except OSError:
                pass  # the client gave up

    def serve():
        while True:
            conn, _ = listener.accept()
            threading.Thread(target=trickle, args=(conn,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()


@contextmanager
def ends_within(seconds):
    started = time.monotonic()
    yield
    elapsed = time.monotonic() - started
    assert elapsed < seconds, f"took {elapsed:.1f} s"


def test_an_endless_body_fails_at_the_deadline(hostile_url):
    with ConformanceClient(hostile_url, timeout=0.5) as client, ends_within(1.5), \
            pytest.raises(BodyTimedOut) as error:
        client.get("/endless")
    assert re.fullmatch(r"GET /endless: the response body did not end within 0.5 s \(read \d+ bytes\)",
                        str(error.value))


def test_a_trickled_body_fails_at_the_deadline_not_per_read(hostile_url):
    # A byte every 0.1 s never trips a per-read timeout of 0.5 s; the whole body takes 10 s.
    with ConformanceClient(hostile_url, timeout=0.5) as client, ends_within(1.5), \
            pytest.raises(BodyTimedOut) as error:
        client.get("/trickle")
    assert re.search(r"within 0.5 s \(read [1-5] bytes\)", str(error.value))


def test_a_trickled_header_block_fails_at_the_deadline_not_per_read(trickling_headers_url):
    with ConformanceClient(trickling_headers_url, timeout=0.5) as client, ends_within(1.5), \
            pytest.raises(requests.ReadTimeout) as error:
        client.get("/headers")
    assert str(error.value) == "the app did not answer GET /headers within 0.5 s"


def test_a_body_over_the_cap_fails(hostile_url):
    with ConformanceClient(hostile_url, timeout=2, max_body=1000) as client, pytest.raises(BodyTooLarge) as error:
        client.get("/huge")
    assert str(error.value) == "GET /huge: the response body is over 1000 bytes (the suite's cap)"


def test_an_endless_body_over_the_cap_fails_before_the_deadline(hostile_url):
    with ConformanceClient(hostile_url, timeout=5, max_body=10_000) as client, ends_within(1), \
            pytest.raises(BodyTooLarge):
        client.get("/endless")


def test_the_in_process_transport_has_the_same_cap():
    client = ConformanceClient("http://localhost", WSGIAdapter(hostile_live.app), max_body=1000)
    with pytest.raises(BodyTooLarge, match=r"GET /huge: the response body is over 1000 bytes"):
        client.get("/huge")


def test_bodies_read_redirects_and_keep_alive_work_as_before(hostile_url):
    with ConformanceClient(hostile_url, timeout=2) as client:
        assert client.get("/ok").json() == {"ok": True}
        assert client.get("/redirect").status_code == 302
        followed = client.get("/redirect", follow_redirects=True)
        assert (followed.status_code, followed.text, len(followed.history)) == (200, '{"ok": true}', 1)


def test_bodies_are_dropped_once_another_client_sends_a_request(hostile_url):
    with ConformanceClient(hostile_url, timeout=2) as first:
        kept = first.get("/huge")
    assert len(kept.content) == 5000  # a step may read it just after closing the client
    with ConformanceClient(hostile_url, timeout=2) as second:
        second.get("/ok")
    assert kept.content == b"" and kept.headers["Content-Type"] == "application/json"


def test_a_500_carries_the_server_log_of_its_request(live_server):
    with ConformanceClient(live_server.base_url, timeout=2, server=live_server) as client:
        client.get("/ok")
        response = client.get("/fails")
    assert response.status_code == 500
    assert "hostile_live: about to fail" in response.server_log
    assert "RuntimeError: the hostile app fell over" in response.server_log


def test_a_timeout_says_what_the_app_did_and_shows_the_server_log(live_server):
    with ConformanceClient(live_server.base_url, timeout=0.5, server=live_server) as client:
        with ends_within(1.5), pytest.raises(requests.ReadTimeout) as error:
            client.get("/hangs")
    message = str(error.value)
    assert message.startswith("the app did not answer GET /hangs within 0.5 s\nserver log during this request:\n")
    assert "hostile_live: about to hang" in message and "about to fail" not in message


def test_a_body_that_breaks_off_says_so_with_the_server_log(live_server):
    with ConformanceClient(live_server.base_url, timeout=2, server=live_server) as client:
        with pytest.raises(requests.exceptions.ChunkedEncodingError) as error:
            client.get("/breaks")
    message = str(error.value)
    assert message.startswith("GET /breaks: the response body broke off after 100 bytes (Connection broken: ")
    assert "RuntimeError: the hostile app broke off its body" in message


def test_a_manifest_that_hangs_is_not_called_a_failed_start():
    server = LiveServer("selftests.apps.hostile_live:manifest_hangs", request_timeout=0.5)
    with ends_within(5), pytest.raises(LiveServerError) as error:
        server.start()
    assert "started but did not answer GET /__conformance__/manifest within 0.5 s" in str(error.value)
    assert "failed to start" not in str(error.value)


def test_a_server_that_exits_is_named_with_its_status():
    # Last: the server it starts is its own, and it is gone afterwards.
    server = LiveServer("selftests.apps.hostile_live:app", request_timeout=2)
    server.start()
    try:
        with ConformanceClient(server.base_url, timeout=2, server=server) as client:
            with pytest.raises(requests.ConnectionError) as error:
                client.get("/exits")
            with pytest.raises(requests.ConnectionError, match="the live server exited with status 3"):
                client.get("/ok")
    finally:
        server.stop()
    assert str(error.value).startswith("GET /exits: the live server exited with status 3\n")
