"""A requests transport adapter that calls a WSGI app in-process (PEP 3333).

An app that raises, hangs or breaks the WSGI protocol does not stop the run: the
adapter raises :class:`AppMisbehaved` with what the app did, and the scenario fails
with that message.
"""

from __future__ import annotations

import io
import signal
import threading
from http.client import HTTPMessage
from urllib.parse import unquote_to_bytes, urlsplit

import requests
from requests.adapters import BaseAdapter, HTTPAdapter
from urllib3 import HTTPResponse

_NO_HTTP_PREFIX = {"CONTENT_TYPE", "CONTENT_LENGTH"}


class AppMisbehaved(requests.RequestException):
    """The app did not answer with a valid WSGI response."""


class AppRaised(AppMisbehaved):
    """The app raised an exception instead of answering."""


class AppTimedOut(AppMisbehaved):
    """The app did not answer within the request timeout."""


class WSGIProtocolError(AppMisbehaved):
    """The app's answer breaks PEP 3333."""


class WSGIAdapter(BaseAdapter):
    """Send each request to ``app`` by calling it with a PEP 3333 environ.

    :param app: the WSGI callable.
    :param script_name: the mount point: a URL path under it is split into
        SCRIPT_NAME and PATH_INFO, as a server mounting the app there would.
    :param remote_addr: REMOTE_ADDR of every request.
    """

    def __init__(self, app, script_name: str = "", remote_addr: str = "127.0.0.1"):
        super().__init__()
        self.app = app
        self.script_name = script_name.rstrip("/")
        self.remote_addr = remote_addr

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        environ = build_environ(request, self.script_name, self.remote_addr)
        status, headers, body = _call(self.app, environ, _seconds(timeout), request)
        return _build_response(self, request, status, headers, body)

    def close(self):
        pass


def build_environ(request: requests.PreparedRequest, script_name: str, remote_addr: str) -> dict:
    """The environ a WSGI server would build for ``request``."""
    url = urlsplit(request.url)
    # PEP 3333: PATH_INFO holds the percent-decoded bytes, as latin-1 text.
    path = unquote_to_bytes(url.path or "/").decode("latin-1")
    mount = ""
    if script_name and (path == script_name or path.startswith(script_name + "/")):
        mount, path = script_name, path[len(script_name):]
    body = _body_bytes(request.body)
    port = str(url.port or (443 if url.scheme == "https" else 80))
    environ = {
        "REQUEST_METHOD": request.method,
        "SCRIPT_NAME": mount,
        "PATH_INFO": path,
        "QUERY_STRING": url.query,
        "SERVER_NAME": url.hostname or "localhost",
        "SERVER_PORT": port,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": remote_addr,
        "HTTP_HOST": url.netloc,
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": url.scheme,
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    if body or request.method in ("POST", "PUT", "PATCH"):
        environ["CONTENT_LENGTH"] = str(len(body))
    for name, value in request.headers.items():
        key = name.upper().replace("-", "_")
        if key == "CONTENT_LENGTH":
            continue  # taken from the body itself, above
        if key not in _NO_HTTP_PREFIX:
            key = "HTTP_" + key
        if key in environ and key != "HTTP_HOST":
            # PEP 3333: repeated headers are joined; cookies with "; ", the rest with ", ".
            sep = "; " if key == "HTTP_COOKIE" else ", "
            environ[key] = environ[key] + sep + value
        else:
            environ[key] = value
    return environ


def _body_bytes(body) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    return b"".join(chunk if isinstance(chunk, bytes) else chunk.encode() for chunk in body)


def _seconds(timeout):
    if isinstance(timeout, tuple):
        timeout = timeout[1] if timeout[1] is not None else timeout[0]
    return timeout


class _Deadline(BaseException):
    """Raised inside the app when its time is up; not an Exception, so the app cannot catch it."""


def _run_with_timeout(task, timeout) -> bool:
    """Run ``task``; say whether it finished within ``timeout`` seconds.

    In the main thread an interval timer interrupts a hanging app at no cost per
    call; elsewhere (signals only reach the main thread) a daemon thread runs it.
    """
    if threading.current_thread() is not threading.main_thread():
        worker = threading.Thread(target=task, name="conformance-wsgi", daemon=True)
        worker.start()
        worker.join(timeout)
        return not worker.is_alive()
    armed = [True]

    def expire(signum, frame):
        if armed[0]:
            raise _Deadline

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        task()
        return True
    except _Deadline:
        return False
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _call(app, environ, timeout, request):
    """Run the app and drain its body, within ``timeout`` seconds unless it is None."""
    outcome: dict = {}

    def run():
        try:
            outcome["answer"] = _run_app(app, environ)
        except _Deadline:
            raise
        except BaseException as exc:  # noqa: BLE001 - any exception is the app's answer
            outcome["error"] = exc

    what = f"{request.method} {request.path_url}"
    if timeout is None:
        run()
    elif not _run_with_timeout(run, timeout):
        raise AppTimedOut(f"the app did not answer {what} within {timeout:g} s")
    if "error" in outcome:
        exc = outcome["error"]
        if isinstance(exc, WSGIProtocolError):
            raise WSGIProtocolError(f"{what}: {exc}") from exc
        raise AppRaised(
            f"the app raised {type(exc).__name__}: {exc} instead of answering {what}"
        ) from exc
    return outcome["answer"]


def _run_app(app, environ):
    started: dict = {}

    def start_response(status, headers, exc_info=None):
        if exc_info is not None and started.get("body_sent"):
            raise exc_info[1].with_traceback(exc_info[2])
        if started and exc_info is None:
            raise WSGIProtocolError("start_response was called twice without exc_info")
        _check_status(status)
        _check_headers(headers)
        started.update(status=status, headers=list(headers))
        return written.append

    written: list[bytes] = []
    iterable = app(environ, start_response)
    try:
        for chunk in iterable:
            if not isinstance(chunk, bytes):
                raise WSGIProtocolError(
                    f"the response body yielded {type(chunk).__name__} {chunk!r:.60}, not bytes"
                )
            started["body_sent"] = True
            written.append(chunk)
    finally:
        close = getattr(iterable, "close", None)
        if close is not None:
            close()
    if "status" not in started:
        raise WSGIProtocolError("the app returned without calling start_response")
    return started["status"], started["headers"], b"".join(written)


def _check_status(status):
    if not isinstance(status, str):
        raise WSGIProtocolError(f"the status is {type(status).__name__} {status!r}, not str")
    code = status.split(" ", 1)[0]
    if len(code) != 3 or not code.isdigit() or " " not in status:
        raise WSGIProtocolError(f"the status {status!r} is not 'NNN Reason'")


def _check_headers(headers):
    if not isinstance(headers, list):
        raise WSGIProtocolError(f"the headers are {type(headers).__name__}, not a list")
    for item in headers:
        if not (isinstance(item, tuple) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            raise WSGIProtocolError(f"the header {item!r} is not a (str, str) tuple")


class _OriginalResponse:
    """What requests' cookie extraction reads: the headers as an http.client message."""

    def __init__(self, headers):
        self.msg = HTTPMessage()
        for name, value in headers:
            self.msg[name] = value  # Message.__setitem__ appends: repeated headers survive

    def isclosed(self):
        return True


def _build_response(adapter, request, status, headers, body):
    code, _, reason = status.partition(" ")
    raw = HTTPResponse(
        body=io.BytesIO(body),
        headers=headers,
        status=int(code),
        reason=reason,
        preload_content=False,
        decode_content=False,
        original_response=_OriginalResponse(headers),
        request_method=request.method,
        request_url=request.url,
    )
    # HTTPAdapter.build_response only records the adapter on the response; reusing it
    # gives in-process responses exactly the shape (cookies, url, encoding) of real ones.
    return HTTPAdapter.build_response(adapter, request, raw)


__all__ = ["AppMisbehaved", "AppRaised", "AppTimedOut", "WSGIAdapter", "WSGIProtocolError", "build_environ"]
