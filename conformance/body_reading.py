"""Read a real HTTP response's body within a deadline and under a size cap.

requests' timeout bounds each socket read, not the response: a body that never ends
hangs the run, and one trickled a byte at a time takes as long as the app likes. The
adapter here reads every body itself, from the start of the request, and gives up at
the deadline or at the cap, dropping the connection so the server sees the client go.
"""

from __future__ import annotations

import contextlib
import threading
import time

import requests
import urllib3
from requests.adapters import HTTPAdapter

from .deadlines import WATCHDOG

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
    """An HTTPAdapter that reads each body within ``timeout`` of the request's start, up to ``max_body``.

    Each hop of a followed redirect is one request with its own deadline.
    """

    def __init__(self, max_body: int):
        super().__init__()
        self.max_body = max_body

    def send(self, request, stream=False, timeout=None, **kwargs):
        started = time.monotonic()
        response = super().send(request, stream=True, timeout=timeout, **kwargs)
        read_body(response, started, _seconds(timeout), self.max_body)
        return response


def read_body(response: requests.Response, started: float, timeout: float | None, max_body: int) -> None:
    """Read ``response``'s whole body into ``response.content`` by ``started + timeout``, or raise.

    On any failure the connection is closed, not returned to the pool.
    """
    raw = response.raw
    what = f"{response.request.method} {response.request.path_url}"
    expired = threading.Event()

    def expire():
        # Shutting the socket down from here wakes the read blocked on it, whatever it waits for.
        expired.set()
        with contextlib.suppress(ValueError, RuntimeError, OSError):  # the read has just ended
            raw.shutdown()

    token = None if timeout is None else WATCHDOG.arm(started + timeout, expire)
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
    finally:
        if token is not None:
            WATCHDOG.disarm(token)
    response._content = b"".join(chunks)
    response._content_consumed = True
    raw.release_conn()


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


def _seconds(timeout) -> float | None:
    # requests accepts (connect, read); the whole response gets the read part.
    if isinstance(timeout, tuple):
        return timeout[1] if timeout[1] is not None else timeout[0]
    return timeout
