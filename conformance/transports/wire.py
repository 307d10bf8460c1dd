"""Requests shaped as real clients send them, beyond requests' defaults, and raw exchanges on a socket.

- ``NO_HEADER`` as a header's value: the request goes without that header (urllib3's
  SKIP_HEADER). Without Host, or without Content-Length, a live request is written as
  HTTP/1.0 on a connection of its own (:func:`http10_request`), since HTTP/1.1 requires a
  Host (RFC 9112, 3.2); in-process the environ lacks the variable (wsgi.py).
- :class:`InPieces`: a body written in pieces. In-process the app's wsgi.input then returns
  at most one piece per read (wsgi.py), as a server passing on what has arrived may.
- :func:`exchange` and :func:`read_answer` (:func:`fetch` does both): bytes to a server, and
  all it sends back, parsed; :func:`response_of` makes a requests response of it.
"""

from __future__ import annotations

import http.client
import io
import socket
import ssl
import time
from dataclasses import dataclass
from http.client import HTTPMessage
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3 import HTTPResponse
from urllib3.util import SKIP_HEADER

NO_HEADER = SKIP_HEADER
#: The headers urllib3 itself can leave out; leaving out any other takes the raw path.
_URLLIB3_SKIPS = {"accept-encoding", "user-agent"}
#: How long a piece waits after the one before it, so that the server gets them apart.
PIECE_PAUSE = 0.005


class InPieces:
    """A request body of ``data`` in pieces of ``size`` bytes, sent with its Content-Length."""

    def __init__(self, data: bytes, size: int):
        self.pieces = [data[i:i + size] for i in range(0, len(data), size)]

    def __len__(self):
        return sum(map(len, self.pieces))

    def __iter__(self):
        # urllib3 writes each piece the iterator gives with a send of its own (TCP_NODELAY is on).
        for index, piece in enumerate(self.pieces):
            if index:
                time.sleep(PIECE_PAUSE)
            yield piece


def pieces_of(body) -> list[bytes] | None:
    """The pieces of an iterable body (InPieces, or a generator sent chunked); None for bytes."""
    if body is None or isinstance(body, (bytes, bytearray, str)):
        return None
    if isinstance(body, InPieces):
        return body.pieces
    return [piece if isinstance(piece, bytes) else piece.encode("utf-8") for piece in body]


def body_bytes(body, pieces: list[bytes] | None) -> bytes:
    """The whole of a request body; ``pieces`` is what :func:`pieces_of` gave for it."""
    if pieces is not None:
        return b"".join(pieces)
    return body.encode("utf-8") if isinstance(body, str) else bytes(body or b"")


def needs_raw_request(request) -> bool:
    """Whether ``request`` leaves out a header urllib3 cannot leave out (Host, Content-Length)."""
    return any(value == NO_HEADER and name.lower() not in _URLLIB3_SKIPS for name, value in request.headers.items())


def http10_request(request) -> bytes:
    """``request`` as HTTP/1.0 bytes, without its NO_HEADER headers, closing the connection after it."""
    body = body_bytes(request.body, pieces_of(request.body))
    lines = [f"{request.method} {request.path_url} HTTP/1.0"]
    lines += [f"{name}: {value}" for name, value in request.headers.items()
              if value != NO_HEADER and name.lower() not in ("connection", "transfer-encoding")]
    return ("\r\n".join([*lines, "Connection: close", "", ""])).encode("latin-1") + body


def exchange(url: str, data: bytes, timeout: float | None, cap: int) -> bytes:
    """Send ``data`` on a new connection to the server of ``url``; return what it sends back until it
    closes the connection (at most ``cap`` bytes). Raises ``socket.timeout`` when that takes longer
    than ``timeout`` seconds in all (None: no limit), ``OSError`` when it cannot connect."""
    where = urlsplit(url)
    deadline = time.monotonic() + (timeout if timeout is not None else float("inf"))
    received = bytearray()
    with socket.create_connection((where.hostname, where.port or (443 if where.scheme == "https" else 80)),
                                  timeout=timeout) as plain:
        sock = ssl.create_default_context().wrap_socket(plain, server_hostname=where.hostname) \
            if where.scheme == "https" else plain
        sock.sendall(data)
        while len(received) <= cap:
            left = deadline - time.monotonic()
            if left <= 0:
                raise socket.timeout(f"the server did not close the connection within {timeout:g} s")
            sock.settimeout(None if timeout is None else left)
            try:
                chunk = sock.recv(64 * 1024)
            except ConnectionResetError:
                if received:
                    break  # it closed with the request unread: what it sent before is its answer
                raise
            if not chunk:
                break
            received += chunk
    return bytes(received)


@dataclass(frozen=True)
class Answer:
    """A response as the server wrote it: ``after`` is what followed its body (nothing, if it is right)."""

    version: int
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    after: bytes


class _Kept(io.BytesIO):
    def close(self):
        pass  # http.client closes its file after a HEAD answer: what follows must stay readable


class _Received:
    def __init__(self, data: bytes):
        self.file = _Kept(data)

    def makefile(self, *args, **kwargs):
        return self.file


def read_answer(raw: bytes, method: str) -> Answer:
    """Parse ``raw`` (http.client: status line, headers, a body by its length or chunks, or to the end)."""
    received = _Received(raw)
    parsed = http.client.HTTPResponse(received, method=method)
    parsed.begin()
    body = parsed.read()
    return Answer(parsed.version, parsed.status, parsed.reason, parsed.getheaders(), body, received.file.read())


def fetch(url: str, data: bytes, method: str, timeout: float | None, cap: int, request=None) -> Answer:
    """:func:`exchange` then :func:`read_answer`, failing as requests does: ReadTimeout, ConnectionError."""
    what = f"{method} {urlsplit(url).path or '/'}" if request is None else f"{request.method} {request.path_url}"
    try:
        return read_answer(exchange(url, data, timeout, cap), method)
    except socket.timeout as exc:
        raise requests.ReadTimeout(f"{what}: {exc}", request=request) from exc
    except (OSError, http.client.HTTPException) as exc:
        raise requests.ConnectionError(f"{what}: {type(exc).__name__}: {exc}", request=request) from exc


def response_of(answer: Answer, adapter, request):
    """``answer`` as a requests response to ``request``; its ``after`` is what followed the body."""
    response = requests_response(adapter, request, f"{answer.status} {answer.reason}", answer.headers, answer.body,
                                 answer.version)
    response.after = answer.after
    return response


class _OriginalResponse:
    """What requests' cookie extraction reads: the headers as an http.client message."""

    def __init__(self, headers):
        self.msg = HTTPMessage()
        for name, value in headers:
            self.msg[name] = value  # Message.__setitem__ appends: repeated headers survive

    def isclosed(self):
        return True

    def close(self):
        pass


def requests_response(adapter, request, status: str, headers, body: bytes, version: int = 0):
    """A requests response for an answer read whole (status ``"NNN Reason"``), with every header line."""
    code, _, reason = status.partition(" ")
    raw = HTTPResponse(body=io.BytesIO(body), headers=headers, status=int(code), version=version, reason=reason,
                       preload_content=False, decode_content=False, original_response=_OriginalResponse(headers),
                       request_method=request.method, request_url=request.url)
    # HTTPAdapter.build_response only records the adapter on the response; reusing it gives
    # these responses exactly the shape (cookies, url, encoding) of the ones urllib3 reads.
    return HTTPAdapter.build_response(adapter, request, raw)
