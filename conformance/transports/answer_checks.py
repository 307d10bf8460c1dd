"""The checks of a WSGI app's answer (PEP 3333, RFC 9110), one set for both transports:
calling.py applies them in-process, serve.py around the app a live server serves, so that
both fail the same app the same way and in the same words."""

from __future__ import annotations

import re

import requests


class AppMisbehaved(requests.RequestException):
    """The app did not answer with a valid WSGI response."""


class WSGIProtocolError(AppMisbehaved):
    """The app's answer breaks PEP 3333."""


def check_start(already_started: bool, status, headers, exc_info) -> None:
    """A call of start_response: not a second one without exc_info, a valid status and headers."""
    if already_started and exc_info is None:
        raise WSGIProtocolError("start_response was called twice without exc_info")
    check_status(status)
    check_headers(headers)


def check_chunk(chunk, how: str = "the response body yielded") -> None:
    if not isinstance(chunk, bytes):
        raise WSGIProtocolError(f"{how} {type(chunk).__name__} {chunk!r:.60}, not bytes")


def check_started(started: bool) -> None:
    """Before the first chunk of the body, and once the body has ended: start_response was called."""
    if not started:
        raise WSGIProtocolError("the app returned without calling start_response")


def close_body(iterable) -> None:
    """PEP 3333: the server calls the body's close(), if it has one, whatever happened."""
    close = getattr(iterable, "close", None)
    if close is not None:
        close()


def declared_lengths(headers) -> list[str]:
    """The values of every Content-Length header."""
    return [value for name, value in headers if name.lower() == "content-length"]



def check_status(status):
    if not isinstance(status, str):
        raise WSGIProtocolError(f"the status is {type(status).__name__} {status!r}, not str")
    code = status.split(" ", 1)[0]
    if len(code) != 3 or not code.isdigit() or " " not in status:
        raise WSGIProtocolError(f"the status {status!r} is not 'NNN Reason'")


#: RFC 9110 5.1: a field name is a token.
_FIELD_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
#: RFC 9110 5.5: a field value holds visible characters, spaces and tabs, and obs-text
#: (bytes 0x80-0xFF, which PEP 3333's latin-1 strings carry); no CR, LF, NUL or other controls.
_FIELD_VALUE = re.compile(r"[\t\x20-\x7e\x80-\xff]*")


def check_headers(headers):
    # The same checks a real server makes before it writes the header block, so that an app
    # that injects a header (CR LF in a value) fails in-process exactly as it does live.
    if not isinstance(headers, list):
        raise WSGIProtocolError(f"the headers are {type(headers).__name__}, not a list")
    for item in headers:
        if not (isinstance(item, tuple) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            raise WSGIProtocolError(f"the header {item!r} is not a (str, str) tuple")
        name, value = item
        if not _FIELD_NAME.fullmatch(name):
            raise WSGIProtocolError(f"the header name {name!r} is not an RFC 9110 token")
        if not _FIELD_VALUE.fullmatch(value):
            bad = next(c for c in value if not _FIELD_VALUE.fullmatch(c))
            what = "is not latin-1 (PEP 3333)" if ord(bad) > 0xFF else "is a control character (RFC 9110)"
            raise WSGIProtocolError(f"the value of header {name!r} holds {bad!r}, which {what}: {value!r:.80}")
