"""Read a real HTTP response's body within a deadline and under a size cap.

requests' timeout bounds each socket read, not the response: a body that never ends
hangs the run, and a status line, header block or body trickled a byte at a time takes
as long as the app likes. The adapter here arms one deadline from the start of the
request, reads every body itself, and gives up at the deadline or at the cap, dropping
the connection so the server sees the client go.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from .deadlines import WATCHDOG, seconds_of
from .transports.wire import fetch, http10_request, needs_raw_request, response_of

#: The largest piece read at once; read1 returns what has arrived, so a trickle is counted exactly.
_CHUNK = 64 * 1024


class BodyTimedOut(requests.Timeout):
    """The response body did not end within the request timeout."""


class BodyTooLarge(requests.RequestException):
    """The response body is larger than the suite's cap."""


def too_large(response: requests.Response, max_body: int) -> BodyTooLarge:
    """The error for a body over ``max_body`` bytes, the same in every transport."""
    request = response.request
    return BodyTooLarge(f"{request.method} {request.path_url}: the response body is over {max_body} bytes "
                        f"(the suite's cap)", response=response)


class BoundedHTTPAdapter(HTTPAdapter):
    """An HTTPAdapter that reads each whole response within ``timeout`` of the request's start,
    its body up to ``max_body`` bytes.

    Each hop of a followed redirect is one request with its own deadline.
    """

    def __init__(self, max_body: int):
        super().__init__()
        self.max_body = max_body

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _Pool, "https": _HTTPSPool}

    def send(self, request, stream=False, timeout=None, **kwargs):
        seconds = seconds_of(timeout)
        if needs_raw_request(request):
            return self._send_http10(request, seconds)
        sending = _Sending()
        token = None if seconds is None else WATCHDOG.arm(time.monotonic() + seconds, sending.expire)
        try:
            response = _send_tracked(super().send, sending, request, timeout, kwargs)
            _read_body(response, sending.expired, seconds, self.max_body)
        finally:
            if token is not None:
                WATCHDOG.disarm(token)
        response.raw.release_conn()
        return response

    def _send_http10(self, request, seconds):
        """A request without Host (or Content-Length), which urllib3 cannot send: as HTTP/1.0 on a
        connection of its own, read to its end within the same deadline and cap."""
        answer = fetch(request.url, http10_request(request), request.method, seconds, self.max_body + _CHUNK, request)
        response = response_of(answer, self, request)
        if len(answer.body) > self.max_body:
            raise too_large(response, self.max_body)
        return response


class _Sending:
    """One request in flight: the connection it uses, and whether its deadline has passed."""

    def __init__(self):
        self.connection = None
        self.expired = threading.Event()

    def expire(self):
        # Shutting the socket down from here wakes the read blocked on it, whatever it waits
        # for: the status line, a header, the body.
        self.expired.set()
        sock = getattr(self.connection, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):  # the request has just ended
                sock.shutdown(socket.SHUT_RDWR)


#: The request this thread is sending, for the connection that carries it to register with.
_current = threading.local()


def _send_tracked(send, sending: _Sending, request, timeout, kwargs):
    _current.sending = sending
    try:
        return send(request, stream=True, timeout=timeout, **kwargs)
    except requests.RequestException as exc:
        if not sending.expired.is_set():
            raise
        # A status line or header block trickled past the deadline: a per-read timeout never trips.
        # A timeout like any other: live_failures words it with the request and its timeout.
        raise requests.ReadTimeout(f"{request.method} {request.path_url}: no complete status line and headers "
                                   f"by the deadline", request=request) from exc
    finally:
        _current.sending = None


class _TrackedConnection(HTTPConnection):
    def request(self, *args, **kwargs):
        sending = getattr(_current, "sending", None)
        if sending is not None:
            sending.connection = self
        return super().request(*args, **kwargs)


class _TrackedHTTPSConnection(_TrackedConnection, HTTPSConnection):
    pass


class _Pool(HTTPConnectionPool):
    ConnectionCls = _TrackedConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection


def _read_body(response: requests.Response, expired: threading.Event, timeout: float | None, max_body: int) -> None:
    """Read ``response``'s whole body into ``response.content`` until ``expired`` is set, or raise.

    On any failure the connection is closed, not returned to the pool.
    """
    raw = response.raw
    what = f"{response.request.method} {response.request.path_url}"
    chunks: list[bytes] = []
    size = 0
    try:
        while chunk := _read_chunk(response, expired, size):
            size += len(chunk)
            if size > max_body:
                raise too_large(response, max_body)
            chunks.append(chunk)
        if expired.is_set():
            raise BodyTimedOut(f"{what}: the response body did not end within {timeout:g} s (read {size} bytes)",
                               response=response)
    except BaseException:
        raw.close()  # the connection is in an unknown state: never reuse it
        raise
    response._content = b"".join(chunks)
    response._content_consumed = True


def _read_chunk(response, expired: threading.Event, size: int) -> bytes:
    """The next piece of the body; b"" at its end or once the deadline has passed."""
    if expired.is_set():
        return b""
    try:
        return response.raw.read1(_CHUNK, decode_content=True)
    except urllib3.exceptions.HTTPError as exc:
        if expired.is_set():
            return b""
        raise _broken(response, size, exc) from exc


def _broken(response, size: int, exc: Exception) -> requests.RequestException:
    kind = requests.ContentDecodingError if isinstance(exc, urllib3.exceptions.DecodeError) \
        else requests.exceptions.ChunkedEncodingError
    request = response.request
    why = exc.args[0] if exc.args else exc  # urllib3's ProtocolError holds (message, cause)
    return kind(f"{request.method} {request.path_url}: the response body broke off after {size} bytes ({why})",
                response=response)
