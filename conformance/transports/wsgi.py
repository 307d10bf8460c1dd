"""A requests transport adapter that calls a WSGI app in-process (PEP 3333).

It builds the environ a server would, calls the app through :mod:`.calling` (which
turns a hang, an exception or a protocol violation into :class:`AppMisbehaved`), and
gives back a requests response with every header line the app sent.
"""

from __future__ import annotations

import io
from http.client import HTTPMessage
from urllib.parse import unquote_to_bytes, urlsplit

import requests
from requests.adapters import BaseAdapter, HTTPAdapter
from urllib3 import HTTPResponse

from ..deadlines import seconds_of
from .answer_checks import WSGIProtocolError, declared_lengths
from .calling import call_app

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


__all__ = ["WSGIAdapter", "build_environ"]
