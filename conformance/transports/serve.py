"""Serve an app spec on 127.0.0.1 with a real WSGI server (the subprocess side of live.py).

Usage: ``python -m flask_conformance.transports.serve --app SPEC --server waitress``.
Binds an ephemeral port and prints ``LISTENING http://127.0.0.1:PORT`` once it can
accept connections.
"""

from __future__ import annotations

import argparse
import sys

from ..loading import AppLoadError, load_app
from . import SERVERS
from .answer_checks import WSGIProtocolError, check_chunk, check_start, check_started, close_body, declared_lengths

#: Waitress's worker threads. A hung app call holds its thread until the app returns, whatever
#: the client does (it closes the connection at its timeout; a thread cannot be killed), so each
#: timed-out request can hold one thread for as long as the app hangs. The suite sends one
#: request at a time: with N threads, N - 1 calls can hang at once and the next request is still
#: served; after that every request queues (waitress logs "Task queue depth", which the failures
#: show). With waitress's default of 4, eight hanging scenarios failed 15 others as well
#: (selftests/test_live.py); 32 idle threads cost little and cover a few dozen hanging calls.
WAITRESS_THREADS = 32


def _waitress(app, host, port):
    import waitress

    server = waitress.create_server(app, host=host, port=port, threads=WAITRESS_THREADS,
                                    clear_untrusted_proxy_headers=False)
    return server.effective_port, server.run


def _wsgiref(app, host, port):
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

    class Server(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    server = make_server(host, port, app, server_class=Server, handler_class=QuietHandler)
    return server.server_port, server.serve_forever


def _werkzeug(app, host, port):
    from werkzeug.serving import WSGIRequestHandler, make_server

    class QuietHandler(WSGIRequestHandler):
        _server_date: int | None = None

        # No access line per request, as from the other two; errors ("Error on request:" and the
        # traceback) still go to the "werkzeug" logger, which writes them to stderr: the server log.
        def log_request(self, *args):
            pass

        # http.server writes its own Date before the app's headers, so an answer the app dates
        # (send_file) would carry two Date fields, which RFC 9110 (5.3) forbids for a singleton:
        # the app's replaces the server's, as waitress and wsgiref do it.
        def send_response(self, code, message=None):
            super().send_response(code, message)
            self._server_date = len(self._headers_buffer) - 1

        def send_header(self, keyword, value):
            if keyword.lower() == "date" and self._server_date is not None:
                del self._headers_buffer[self._server_date]
                self._server_date = None
            super().send_header(keyword, value)

    server = make_server(host, port, app, threaded=True, request_handler=QuietHandler)
    return server.server_address[1], server.serve_forever


def checked(app):
    """``app`` with its answer checked as the in-process transport checks it (calling.py), so
    that both transports fail the same app the same way and say so in the same words:
    waitress alone would send a status without a reason phrase, or a non-latin-1 header, on
    to the client, cut a body longer than its Content-Length to fit, and word the other
    violations its own way. A violation raises in the app's call, which the server answers
    500 and logs (or, once the body has begun, breaks off)."""

    def checked_app(environ, start_response):
        started: dict = {}

        def checking_start_response(status, headers, exc_info=None):
            check_start(bool(started), status, headers, exc_info)
            lengths = declared_lengths(headers)
            started["length"] = int(lengths[0]) if len(lengths) == 1 and lengths[0].isdigit() else None
            return start_response(status, headers, exc_info)

        return _checked_body(app(environ, checking_start_response), started)

    return checked_app


def _checked_body(iterable, started: dict):
    # A body shorter than its Content-Length is the server's to report: waitress logs it, and
    # the client sees the body break off.
    sent = 0
    try:
        for chunk in iterable:
            check_chunk(chunk)
            check_started(bool(started))
            sent += len(chunk)
            if started["length"] is not None and sent > started["length"]:
                raise WSGIProtocolError(f"the app declared Content-Length: {started['length']} but its body is "
                                        f"longer ({sent} bytes so far)")
            yield chunk
        check_started(bool(started))
    finally:
        close_body(iterable)


_SERVE = {"waitress": _waitress, "wsgiref": _wsgiref, "werkzeug": _werkzeug}
assert set(_SERVE) == set(SERVERS)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="conformance.transports.serve")
    parser.add_argument("--app", required=True)
    parser.add_argument("--server", choices=SERVERS, default="waitress")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    try:
        app = load_app(args.app)
    except AppLoadError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        return 2
    port, serve = _SERVE[args.server](checked(app), args.host, args.port)
    print(f"LISTENING http://{args.host}:{port}", flush=True)
    serve()
    return 0


if __name__ == "__main__":
    sys.exit(main())
