"""The block under a scenario that did not pass: where it is, the step that failed, what was
expected and what the app answered, and the request and the response as the suite saw them.

The results file's scenario records have ``message``, ``outcome``, ``expected`` and
``duration`` always; ``file``, ``line``, ``failed_step`` and ``exchange`` only from the suite
versions that record them. Each part is shown when its field is there, so an older results
file still gives a page, with the message alone.
"""

from __future__ import annotations

import re

from .html_text import el, esc
from .outcomes import QUIET, badge, is_unexpected

#: "expected X, got Y", the shape of the steps' messages (an exception's name and a context first).
_EXPECTED_GOT = re.compile(r"^(?:[\w.]*(?:Error|Exception): )?(?P<context>.*?)\bexpected (?P<expected>.+?), "
                           r"got (?P<got>.+)$")


def failure_block(record: dict, feature: dict | None, scenario: dict | None) -> str:
    outcome = record.get("outcome") or "ERROR"
    quiet = outcome in QUIET
    where = _where(record, feature, scenario)
    head = (badge(outcome) + el("code", esc(record.get("id", "")))
            + (el("span", esc(where), class_="where") if where else "")
            + (el("span", f"{record['duration']:.3f} s", class_="where")
               if isinstance(record.get("duration"), (int, float)) else ""))
    parts = [el("div", head, class_="head")]
    parts.append(_expectation(record.get("expected")))
    if not quiet:
        parts.append(_failed_step(record.get("failed_step")))
        parts.append(_expected_observed(record.get("message") or ""))
    if record.get("message"):
        parts.append(el("pre", esc(record["message"]), class_="message"))
    if not quiet and isinstance(record.get("exchange"), dict):
        parts.append(_exchange(record["exchange"], open_=is_unexpected(outcome)))
    kind = f"failure f-{outcome}" + (" quiet" if quiet else "")
    return el("div", "".join(parts), class_=kind, id="failure-" + record.get("id", ""), data_outcome=outcome)


def _where(record: dict, feature: dict | None, scenario: dict | None) -> str:
    file = record.get("file") or (feature["file"] if feature else None)
    line = record.get("line") or (scenario["line"] if scenario else None)
    if not file:
        return ""
    return f"features/{file}" + (f":{line}" if line else "")


def _expectation(expected) -> str:
    if not isinstance(expected, dict):
        return ""
    text = f"listed in the expectations file as {expected.get('outcome', '?')}: " + esc(expected.get("reason") or "")
    link = expected.get("link")
    if link:
        text += " " + el("a", esc(link), href=link if str(link).startswith(("http://", "https://")) else None)
    return el("p", text, class_="reason")


def _failed_step(step) -> str:
    if not isinstance(step, dict):
        return ""
    line = f" (line {step['line']})" if step.get("line") else ""
    number = f"step {step['index'] + 1}: " if isinstance(step.get("index"), int) else ""
    text = el("b", esc(step.get("keyword", ""))) + " " + esc(step.get("text", ""))
    return el("p", "Failed at " + esc(number) + text + esc(line), class_="step")


def _expected_observed(message: str) -> str:
    found = _EXPECTED_GOT.match(message.split("\n", 1)[0])
    if not found:
        return ""
    rows = el("tr", el("th", "expected") + el("td", esc(found["expected"])))
    rows += el("tr", el("th", "observed") + el("td", esc(found["got"])))
    if found["context"].strip(" :"):
        rows = el("tr", el("th", "where") + el("td", esc(found["context"].strip(" :")))) + rows
    return el("table", el("tbody", rows), class_="eo")


def _exchange(exchange: dict, open_: bool) -> str:
    request, response = exchange.get("request") or {}, exchange.get("response") or {}
    panes = []
    if request:
        first = f"{request.get('method', '?')} {request.get('url', '')}"
        panes.append(el("div", el("h5", "the request") + el("pre", esc(_message(first, request)))))
    if response:
        first = f"{response.get('status', '?')} {response.get('reason') or ''}".rstrip()
        panes.append(el("div", el("h5", "the response") + el("pre", esc(_message(first, response)))))
    if not panes:
        return ""
    return el("details", el("summary", "the request and the response") + el("div", "".join(panes), class_="exchange"),
              open=open_)


def _message(first: str, part: dict) -> str:
    """An HTTP message as text: its first line, its headers, a blank line, its body."""
    lines = [first]
    for header in part.get("headers") or []:
        if isinstance(header, (list, tuple)) and len(header) == 2:
            lines.append(f"{header[0]}: {header[1]}")
    body = part.get("body")
    if body not in (None, ""):
        lines += ["", body if isinstance(body, str) else repr(body)]
    return "\n".join(lines)
