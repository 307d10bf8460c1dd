"""A requests transport adapter that calls a WSGI app in-process (PEP 3333).

It builds the environ a server would, calls the app through :mod:`.calling` (which
turns a hang, an exception or a protocol violation into :class:`AppMisbehaved`), and
gives back a requests response with every header line the app sent.
"""

from __future__ import annotations

import io
from collections import deque
from urllib.parse import unquote_to_bytes, urlsplit

import requests
from requests.adapters import BaseAdapter

from ..deadlines import seconds_of
from .answer_checks import WSGIProtocolError, declared_lengths
from .calling import call_app
from .wire import NO_HEADER, body_bytes, needs_raw_request, pieces_of, requests_response

_NO_HTTP_PREFIX = {"CONTENT_TYPE", "CONTENT_LENGTH"}


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
        status, headers, body = call_app(self.app, environ, seconds_of(timeout), request)
        _check_content_length(request, status, headers, body)
        response = requests_response(self, request, status, headers, body)
        if "content-encoding" not in response.headers:
            # The body as requests would read it from the raw response: there is nothing to decode.
            response._content, response._content_consumed = body, True
        return response

    def close(self):
        pass


def build_environ(request: requests.PreparedRequest, script_name: str, remote_addr: str) -> dict:
    """The environ a WSGI server would build for ``request``.

    A chunked body (requests sends a generator so) arrives as from a server that decodes it:
    in wsgi.input, without CONTENT_LENGTH, with ``wsgi.input_terminated`` set, as Werkzeug's
    server does it (a key of mod_wsgi and gunicorn, not of PEP 3333, which Werkzeug reads: with
    it the input is read to its end; with neither it nor CONTENT_LENGTH, not at all). A body in
    pieces (InPieces, or chunked) is read at most one piece per read. A header whose value is
    NO_HEADER is left out; without Host or Content-Length the request is HTTP/1.0, as live.
    """
    url = urlsplit(request.url)
    # PEP 3333: PATH_INFO holds the percent-decoded bytes, as latin-1 text.
    path = unquote_to_bytes(url.path or "/").decode("latin-1")
    mount = ""
    if script_name and (path == script_name or path.startswith(script_name + "/")):
        mount, path = script_name, path[len(script_name):]
    pieces = pieces_of(request.body)
    body = body_bytes(request.body, pieces)
    sent = {name.lower(): value for name, value in request.headers.items()}
    port = str(url.port or (443 if url.scheme == "https" else 80))
    environ = {
        "REQUEST_METHOD": request.method,
        "SCRIPT_NAME": mount,
        "PATH_INFO": path,
        "QUERY_STRING": url.query,
        "SERVER_NAME": url.hostname or "localhost",
        "SERVER_PORT": port,
        "SERVER_PROTOCOL": "HTTP/1.0" if needs_raw_request(request) else "HTTP/1.1",
        "REMOTE_ADDR": remote_addr,
        "HTTP_HOST": url.netloc,
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": url.scheme,
        "wsgi.input": io.BytesIO(body) if pieces is None else _PieceByPiece(pieces),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    if "chunked" in sent.get("transfer-encoding", "").lower():
        environ["wsgi.input_terminated"] = True  # Werkzeug reads the key's presence: only when true
    elif sent.get("content-length") != NO_HEADER and (body or request.method in ("POST", "PUT", "PATCH")):
        environ["CONTENT_LENGTH"] = str(len(body))
    for name, value in request.headers.items():
        key = name.upper().replace("-", "_")
        if key == "CONTENT_LENGTH":
            continue  # taken from the body itself, above
        if key not in _NO_HTTP_PREFIX:
            key = "HTTP_" + key
        if value == NO_HEADER:
            environ.pop(key, None)
        elif key in environ and key != "HTTP_HOST":
            # PEP 3333: repeated headers are joined; cookies with "; ", the rest with ", ".
            sep = "; " if key == "HTTP_COOKIE" else ", "
            environ[key] = environ[key] + sep + value
        else:
            environ[key] = value
    return environ


class _PieceByPiece(io.RawIOBase):
    """wsgi.input whose reads return at most one piece of the body: short reads, as a server that
    passes on what has arrived may give them (a socket's recv does), and an app must read on."""

    def __init__(self, pieces: list[bytes]):
        super().__init__()
        self._pieces = deque(piece for piece in pieces if piece)

    def readable(self):
        return True

    def readinto(self, buffer):
        if not self._pieces:
            return 0
        piece = self._pieces.popleft()
        size = min(len(buffer), len(piece))
        buffer[:size] = piece[:size]
        if size < len(piece):
            self._pieces.appendleft(piece[size:])
        return size


def _check_content_length(request, status, headers, body):
    # A server would send the declared length and the client would read a short or cut body;
    # in-process the declared length must match (but HEAD, 204 and 304 declare without a body).
    declared = declared_lengths(headers)
    if not declared or request.method == "HEAD" or status[:3] in ("204", "304"):
        return
    if len(declared) > 1 or not declared[0].strip().isdigit() or int(declared[0]) != len(body):
        raise WSGIProtocolError(
            f"{request.method} {request.path_url}: the app declared Content-Length: {', '.join(declared)} "
            f"but sent a body of {len(body)} bytes"
        )


__all__ = ["WSGIAdapter", "build_environ"]
