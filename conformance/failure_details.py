"""What a failing scenario leaves in its record: the step that failed, and the last request and
response of the scenario as the suite saw them (``failed_step`` and ``exchange``).

They are taken when pytest-bdd reports the step's error, while the scenario's client is still
open: its teardown closes the client and drops the bodies (client.py), so they cannot be read
afterwards. Bodies are text (UTF-8, bad bytes replaced) cut to :data:`BODY_LIMIT` characters,
so that a failing scenario adds a few kilobytes to the results file, not the app's whole answer.
"""

from __future__ import annotations

import requests

from .transports.wire import NO_HEADER

#: Characters of a body kept in the record; the rest is replaced by a marker that says how much.
BODY_LIMIT = 2000


def failed_step(scenario, step) -> dict:
    """``{"index", "keyword", "text", "line"}`` of ``step`` in the (rendered) ``scenario``:
    ``index`` counts from 0 over the steps as run, Background steps first."""
    index = next((i for i, s in enumerate(scenario.steps) if s is step), None)
    return {"index": index, "keyword": step.keyword, "text": step.name, "line": step.line_number}


def exchange(exception: BaseException, step_args: dict, client) -> dict | None:
    """The last request and response of the scenario: the request that got no answer when the step
    failed sending it; else the response the failing step judged; else the client's last one."""
    responses = getattr(client, "_responses", None) or []
    if isinstance(exception, requests.RequestException):
        # The failing request is the last the suite sent; a response of an earlier step would
        # read as its answer, so only the request goes in (and a response the exception holds).
        if exception.response is not None:
            return exchange_of(exception.response)
        sent = exception.request
        if not isinstance(sent, requests.PreparedRequest):
            sent = getattr(client, "last_sent", None)  # ConformanceClient keeps it
            if sent is None or (responses and responses[-1].request is sent):
                return None
        return {"request": _request_part(sent), "response": None}
    judged = [value for value in step_args.values() if isinstance(value, requests.Response)]
    if judged:
        return exchange_of(judged[-1])
    return exchange_of(responses[-1]) if responses else None


def exchange_of(response: requests.Response) -> dict:
    """``{"request": ..., "response": ...}`` of one response (and the request that it answers)."""
    request = response.request
    return {"request": _request_part(request) if request is not None else None, "response": _response_part(response)}


def _request_part(request: requests.PreparedRequest) -> dict:
    return {
        "method": request.method,
        "url": request.url,
        "headers": [[name, value] for name, value in request.headers.items() if value != NO_HEADER],
        "body": _body_text(request.body),
    }


def _response_part(response: requests.Response) -> dict:
    raw_headers = getattr(response.raw, "headers", None)
    # The raw headers keep a repeated header (two Set-Cookie lines) as two pairs; requests' own
    # dictionary joins them into one.
    pairs = (raw_headers if hasattr(raw_headers, "items") else response.headers).items()
    content = response.__dict__.get("_content")
    return {
        "status": response.status_code,
        "reason": response.reason,
        "headers": [[str(name), str(value)] for name, value in pairs],
        # Only a body that was read: reading one now could wait on the app again.
        "body": _body_text(content) if isinstance(content, bytes) else "(the body was not read)",
    }


def _body_text(body) -> str:
    if body is None:
        return ""
    if isinstance(body, str):
        text = body
    elif isinstance(body, (bytes, bytearray)):
        text = bytes(body).decode("utf-8", errors="replace")
    elif hasattr(body, "pieces"):  # wire.InPieces: a body the suite sends in pieces
        text = b"".join(body.pieces).decode("utf-8", errors="replace")
    else:
        return f"({type(body).__name__} body)"
    return cut(text)


def cut(text: str, limit: int = BODY_LIMIT) -> str:
    """``text`` up to ``limit`` characters, and a marker that says how many were left out."""
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n[... {len(text) - limit} more characters cut by flask-conformance]"
