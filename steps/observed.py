"""How a step reads a response, and how a failure message shows what the app did."""

from __future__ import annotations


def header_values(response, name: str) -> list[str]:
    """Every value of header ``name``, one per header line, in order."""
    return response.raw.headers.getlist(name)


def set_cookies(response) -> list[str]:
    """Every Set-Cookie header line of ``response``."""
    return header_values(response, "Set-Cookie")


def observed(response, limit: int = 300) -> str:
    """The request and the response's status, headers and body, shortened, for a failure message."""
    request = response.request
    headers = "; ".join(f"{k}: {v}" for k, v in response.raw.headers.items())
    body = response.text
    if len(body) > limit:
        body = body[:limit] + f"... ({len(response.content)} bytes)"
    shown = (f"{request.method} {request.path_url} -> {response.status_code} {response.reason} "
             f"[{headers}] body={body!r}")
    # A live server's log lines for a 5xx (the client sets them): the app's traceback, or the
    # protocol error that the server answered 500 for.
    log = getattr(response, "server_log", "").strip()
    return shown + (f"\nserver log during this request:\n{log}" if log else "")
