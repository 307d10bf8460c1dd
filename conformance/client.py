"""The client every step uses: a requests.Session bound to the app under test.

Whatever the transport, a step sends paths (``/hooks/v``) and gets requests
responses. Redirects are never followed unless a step says so, and every request has
a timeout, so a hanging app fails its scenario instead of stopping the run. Over real
HTTP the timeout bounds the whole response, body included (:mod:`.body_reading`); in
every transport a body over ``max_body`` fails the request, and no body outlives its
scenario: the bodies of a closed client's responses are dropped when the next client
sends its first request (see :meth:`ConformanceClient.close`).
"""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

import requests

from . import in_process_send
from .body_reading import BoundedHTTPAdapter, too_large
from .contract import TOKEN_HEADER
from .live_failures import explain_failure
from .transports.wire import NO_HEADER, fetch, response_of

#: Responses of closed clients, whose bodies go when another client sends a request.
_retired: list[requests.Response] = []


def _drop_retired_bodies() -> None:
    while _retired:
        _retired.pop()._content = b""


class ConformanceClient(requests.Session):
    """A session rooted at ``base_url``, sending a per-client token header.

    :param base_url: where the app is, e.g. ``http://localhost`` in-process or
        ``http://127.0.0.1:8000/mnt`` for a live server mounted under ``/mnt``.
    :param adapter: the transport adapter for ``base_url`` (None: real HTTP).
    :param timeout: seconds to wait for each whole response.
    :param max_body: the largest response body accepted, in bytes.
    :param server: the :class:`~.transports.live.LiveServer` serving ``base_url``, if
        the suite started it: failures then carry its log lines for the request, and
        a response with a 5xx status has them as ``response.server_log`` (a str).
    """

    def __init__(self, base_url: str, adapter=None, timeout: float | None = 5.0,
                 max_body: int = 10 * 1024 * 1024, server=None):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_body = max_body
        self.server = server
        self.token = uuid.uuid4().hex
        self.headers[TOKEN_HEADER] = self.token
        # No proxies, no .netrc: the suite talks to the app and nothing else.
        self.trust_env = False
        self._adapter = adapter  # the in-process adapter, or None over real HTTP
        if self._in_process:
            self.mount(self.base_url + "/", adapter)
            self.mount(self.base_url, adapter)
        else:
            for scheme in ("http://", "https://"):
                self.mount(scheme, BoundedHTTPAdapter(max_body))
        #: The last request sent, answered or not: the in-process transport's errors (the app
        #: raised, hung, broke PEP 3333) do not carry it, and a failure's record shows it.
        self.last_sent = None
        #: Every response this client produced, so that close() can drop their bodies.
        self._responses: list[requests.Response] = []

    @property
    def _in_process(self) -> bool:
        return self._adapter is not None

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` (which starts with ``/``) on the app."""
        return self.base_url + path

    def prepare_request(self, request):
        return self.keep_absent_headers(request.headers, super().prepare_request(request))

    @staticmethod
    def keep_absent_headers(headers, prepared):
        # requests sets Content-Length from the body over the caller's NO_HEADER: the caller's wins.
        for name, value in (headers or {}).items():
            if value == NO_HEADER:
                prepared.headers[name] = NO_HEADER
        return prepared

    def send(self, request, **kwargs):
        self.last_sent = request
        return super().send(request, **kwargs)

    def request(self, method, url, **kwargs):
        if url.startswith("/"):
            url = self.url(url)
        # Session.get() passes allow_redirects=True: only an explicit follow_redirects counts.
        kwargs["allow_redirects"] = kwargs.pop("follow_redirects", False)
        kwargs.setdefault("timeout", self.timeout)
        _drop_retired_bodies()
        log_mark = self.server.log_mark() if self.server is not None else None
        try:
            if self._in_process and in_process_send.handles(self, url, kwargs):
                response = in_process_send.send(self, self._adapter, method, url, **kwargs)
            else:
                response = super().request(method, url, **kwargs)
        except requests.RequestException as exc:
            if self._in_process:
                raise  # the in-process adapter's errors already say what the app did
            raise explain_failure(exc, kwargs["timeout"], self.server, log_mark) from exc
        self._responses.extend([*response.history, response])
        if self._in_process and len(response.content) > self.max_body:
            # The in-process adapter hands over the whole body; the cap still holds.
            raise too_large(response, self.max_body)
        if response.status_code >= 500 and self.server is not None:
            response.server_log = self.server.log_since(log_mark)
        return response

    def send_raw(self, method: str, path: str, version: str = "HTTP/1.1") -> requests.Response:
        """Send the request line ``method path version`` as it is written, on a connection of its own,
        with Host (the app's), the token and ``Connection: close``; read all the server sends back
        until it closes. Over real HTTP only (a live server, --base-url): there is no wire in-process.
        The response's ``after`` holds the bytes the server sent after the body."""
        if self._in_process:
            raise RuntimeError("send_raw needs a real server: run with --transport live or --base-url")
        url = self.url(path)
        request = requests.Request(method, url, headers={TOKEN_HEADER: self.token}).prepare()
        request.method = method  # as written: requests upper-cases it
        where = urlsplit(url)
        target = where.path + (f"?{where.query}" if where.query else "")
        head = f"{method} {target} {version}\r\nHost: {where.netloc}\r\n{TOKEN_HEADER}: {self.token}\r\n"
        data = (head + "Connection: close\r\n\r\n").encode("latin-1")
        log_mark = self.server.log_mark() if self.server is not None else None
        try:
            answer = fetch(url, data, method, self.timeout, self.max_body, request)
        except requests.RequestException as exc:
            raise explain_failure(exc, self.timeout, self.server, log_mark) from exc
        response = response_of(answer, None, request)
        if response.status_code >= 500 and self.server is not None:
            response.server_log = self.server.log_since(log_mark)
        return response

    def close(self):
        # urllib3 2 forgets its connection pools on close without closing them, and
        # pytest-bdd keeps every step's arguments (responses, which hold their pool) until
        # the run ends: unclosed, each scenario's connection stays open and a live server
        # runs out of connections.
        # Bodies too: the run keeps every scenario's responses, and their bodies would add up
        # to gigabytes. A step may still read a response of a client it has just closed (with
        # new_client() as c: answer = c.get(...); then assert on answer), so the body stays
        # until another client sends a request, which starts another scenario or example.
        for response in self._responses:
            response.raw.close()  # in-process, the raw response holds a second copy of the body
        _retired.extend(self._responses)
        self._responses.clear()
        for adapter in self.adapters.values():
            pools = getattr(getattr(adapter, "poolmanager", None), "pools", None)
            for key in list(pools.keys()) if pools is not None else ():
                pools[key].close()
        super().close()
