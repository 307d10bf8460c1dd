"""How a step reads a response, and how a failure message shows what the app did."""

from __future__ import annotations

from flask_conformance.live_failures import server_log_section


def header_values(response, name: str) -> list[str]:
    """Every value of header ``name``, one per header line, in order."""
    return response.raw.headers.getlist(name)


def set_cookies(response) -> list[str]:
    """Every Set-Cookie header line of ``response``."""
    return header_values(response, "Set-Cookie")


def answer_field(response, name: str):
    """Field ``name`` of the JSON object a contract route answers with 200 (what the view read)."""
    try:
        answer = response.json() if response.status_code == 200 else None
    except ValueError:
        answer = None
    assert isinstance(answer, dict) and name in answer, (
        f"expected 200 with {name!r} in a JSON object, got {observed(response)}")
    return answer[name]


def observed(response, limit: int = 300) -> str:
    """The request and the response's status, headers and body, shortened, for a failure message."""
    request = response.request
    headers = "; ".join(f"{k}: {v}" for k, v in response.raw.headers.items())
    body = response.text
    if len(body) > limit:
        body = body[:limit] + f"... ({len(response.content)} bytes)"
    # A live server's log lines for a 5xx (the client sets them): the app's traceback, or the
    # protocol error that the server answered 500 for. What was raised goes on the first line,
    # which the summary shows.
    log = getattr(response, "server_log", "").strip()
    raised = _last_exception(log) if log else None
    cause = f" (the app's call raised {raised})" if raised else ""
    shown = (f"{request.method} {request.path_url} -> {response.status_code} {response.reason}{cause} "
             f"[{headers}] body={body!r}")
    return shown + server_log_section(log)


def _last_exception(log: str) -> str | None:
    """The last line of the last traceback in ``log`` (``Type: message``), so that a reader
    need not find it at the end of the log."""
    lines = log.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("Traceback (most recent call last):")]
    if not starts:
        return None
    after = [line for line in lines[starts[-1] + 1:] if line and not line.startswith((" ", "\t"))]
    return after[0] if after else None
