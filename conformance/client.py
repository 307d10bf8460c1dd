"""The client every step uses: a requests.Session bound to the app under test.

Whatever the transport, a step sends paths (``/hooks/v``) and gets requests
responses. Redirects are never followed unless a step says so, and every request has
a timeout, so a hanging app fails its scenario instead of stopping the run.
"""

from __future__ import annotations

import uuid

import requests

from .contract import TOKEN_HEADER


class ConformanceClient(requests.Session):
    """A session rooted at ``base_url``, sending a per-client token header.

    :param base_url: where the app is, e.g. ``http://localhost`` in-process or
        ``http://127.0.0.1:8000/mnt`` for a live server mounted under ``/mnt``.
    :param adapter: the transport adapter for ``base_url`` (None: real HTTP).
    :param timeout: seconds to wait for each response.
    """

    def __init__(self, base_url: str, adapter=None, timeout: float | None = 5.0):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.token = uuid.uuid4().hex
        self.headers[TOKEN_HEADER] = self.token
        # No proxies, no .netrc: the suite talks to the app and nothing else.
        self.trust_env = False
        if adapter is not None:
            self.mount(self.base_url + "/", adapter)
            self.mount(self.base_url, adapter)

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` (which starts with ``/``) on the app."""
        return self.base_url + path

    def request(self, method, url, **kwargs):
        if url.startswith("/"):
            url = self.url(url)
        # Session.get() passes allow_redirects=True: only an explicit follow_redirects counts.
        kwargs["allow_redirects"] = kwargs.pop("follow_redirects", False)
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, **kwargs)

    def close(self):
        # urllib3 2 forgets its connection pools on close without closing them, and
        # pytest-bdd keeps every step's arguments (responses, which hold their pool) until
        # the run ends: unclosed, each scenario's connection stays open and a live server
        # runs out of connections.
        for adapter in self.adapters.values():
            pools = getattr(getattr(adapter, "poolmanager", None), "pools", None)
            for key in list(pools.keys()) if pools is not None else ():
                pools[key].close()
        super().close()
