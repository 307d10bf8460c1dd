"""What ``requests.Session.request`` does for a request to the in-process adapter, without
the parts that cannot apply there.

A session sends each request through settings merges, environment and proxy lookups, an
adapter lookup and hooks; for an app called in-process that was a fifth of the suite's time
per request, as much as Flask spends answering it. The same steps that make a difference to
what the app receives and what the step sees are kept here, in the same order and with
requests' own functions: the request prepared by ``PreparedRequest.prepare`` from the
session's headers overlaid with the request's (None removes one, as in requests), its
cookies from the session's jar, no parameters as None (requests encodes ``{}`` to the same
nothing, through a slow protocol check); the answer's cookies put into the jar; a redirect's next
request recorded (``response.next``); the body read. A request that needs anything else
(another adapter, per-request cookies, auth, hooks, followed redirects, a client with its own
``prepare_request``) goes through the session as usual (:func:`handles`).
"""

from __future__ import annotations

from datetime import timedelta
from time import perf_counter

from requests.cookies import extract_cookies_to_jar
from requests.hooks import default_hooks
from requests.models import PreparedRequest
from requests.structures import CaseInsensitiveDict

#: The keyword arguments this path takes; any other sends the request through the session.
_KEYWORDS = frozenset({"headers", "data", "json", "files", "params", "timeout", "allow_redirects"})
#: The session's methods this path does the work of: a client that has its own (a step that
#: sends a URL as written replaces prepare_request) sends through the session.
_REPLACED = frozenset({"prepare_request", "send", "get_adapter", "merge_environment_settings"})


def handles(session, url: str, kwargs: dict) -> bool:
    """Whether this path can send the request: to the in-process adapter, with nothing else asked."""
    return (not kwargs["allow_redirects"] and kwargs.keys() <= _KEYWORDS and not vars(session).keys() & _REPLACED
            and not session.auth and not session.params and not any(session.hooks.values())
            and url.lower().startswith(session.base_url.lower()))


def send(session, adapter, method: str, url: str, timeout, allow_redirects=False, headers=None, data=None,
         json=None, files=None, params=None):
    prepared = PreparedRequest()
    prepared.prepare(method=method.upper(), url=url, headers=_merged(session.headers, headers), files=files,
                     data=data or {}, json=json, params=params or None, cookies=session.cookies,
                     hooks=default_hooks())
    prepared = session.last_sent = session.keep_absent_headers(headers, prepared)
    started = perf_counter()
    response = adapter.send(prepared, stream=False, timeout=timeout)
    response.elapsed = timedelta(seconds=perf_counter() - started)
    extract_cookies_to_jar(session.cookies, prepared, response.raw)
    if response.is_redirect:
        response._next = next(session.resolve_redirects(response, prepared, yield_requests=True, timeout=timeout),
                              None)
    response.content  # noqa: B018 - read now, as a session does for a request that does not stream
    return response


def _merged(session_headers, request_headers):
    if request_headers is None:
        return session_headers
    merged = CaseInsensitiveDict(session_headers)
    merged.update(request_headers)
    for name in [name for name, value in merged.items() if value is None]:
        del merged[name]
    return merged
