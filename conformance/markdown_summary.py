"""``--summary-md PATH`` (or GITHUB_STEP_SUMMARY): a run's summary as Markdown for a CI job page.

The counts first, then the unexpected results with their messages and failing steps, then a
table by area (passed/declared, unsupported, failed, expected deviations, skipped) and the
expected deviations' reasons. Nothing in it is a link: a job page is read where it is, and a
message's text is shown in code blocks, as written. GitHub's own file (GITHUB_STEP_SUMMARY) is
appended to, as its other steps do; any other path is written.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict

from .failure_blocks import clip
from .provenance import header_line
from .results import OUTCOMES, UNEXPECTED, UNSUPPORTED
from .summary import declared_count

#: Unexpected results shown with their messages; the rest are named in one line each.
MAX_DETAILED = 50
MESSAGE_LINES = 12
LINE_LENGTH = 400


def write_summary(path: str, run: dict, records: list[dict]) -> None:
    """Write (or, for GitHub's step summary file, append) the Markdown summary of a run."""
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    append = bool(step_summary) and os.path.abspath(step_summary) == os.path.abspath(path)
    with open(path, "a" if append else "w", encoding="utf-8") as out:
        out.write(summary_markdown(run, records))


def summary_markdown(run: dict, records: list[dict]) -> str:
    """The Markdown text of the summary of ``run`` (the run record) and its scenario records."""
    bad = [r for r in records if r["outcome"] in UNEXPECTED]
    parts = [f"## flask-conformance: {_verdict(run, records, bad)}", _checked(run), _counts(records)]
    if bad:
        parts.append(f"### Unexpected results ({len(bad)})")
        parts.append("\n".join(_unexpected(r) for r in bad[:MAX_DETAILED]))
        if len(bad) > MAX_DETAILED:
            rest = bad[MAX_DETAILED:]
            parts.append(f"... and {len(rest)} more: " + ", ".join(_code(r["id"]) for r in rest))
    if records:
        parts += ["### By area", _area_table(records)]
    expected = [r for r in records if r.get("expected") and r["outcome"] not in UNEXPECTED]
    if expected:
        parts.append(f"### Expected deviations ({len(expected)}), from the expectations file")
        parts.append("\n".join(f"- {r['outcome']} {_code(r['id'])}: {_plain(r['expected'].get('reason') or '')}"
                               for r in expected))
    return "\n\n".join(part for part in parts if part) + "\n\n"


def _verdict(run: dict, records: list[dict], bad: list[dict]) -> str:
    if run.get("refused"):
        return "the app cannot be checked"
    if bad:
        return f"{len(bad)} unexpected result(s)"
    unsupported = sum(r["outcome"] == UNSUPPORTED for r in records)
    if unsupported:
        return f"every result expected ({declared_count(records)} declared passed, {unsupported} unsupported)"
    return f"every result expected ({declared_count(records)} passed)"


def _checked(run: dict) -> str:
    target = run.get("base_url") if run.get("transport") == "url" else run.get("app")
    how = f" ({run['transport']})" if run.get("transport") else ""
    lines = [f"Checked {_code(target or '?')}{how} with flask-conformance {run.get('suite_version') or '?'}, "
             f"contract {run.get('contract_version') or '?'}"
             + (f", in {run['duration']:.1f} s" if isinstance(run.get("duration"), (int, float)) else "") + "."]
    if run.get("implementation"):
        lines.append(f"Implementation: {_plain(_implementation(run['implementation']))}.")
    stack = run.get("stack") or {}
    if stack:
        lines.append(f"Stack: {_plain(header_line(stack))}.")
    if run.get("expectations"):
        lines.append(f"Expectations: {_code(run['expectations'])}.")
    if run.get("refused"):
        lines.append("Why: " + _code(clip(run["refused"], LINE_LENGTH)))
    return "  \n".join(lines)  # two spaces: a line break in Markdown


def _implementation(said) -> str:
    """What the manifest says the app is: ``{"name": "flask", "version": "3.1.3", ...}`` as words."""
    if not isinstance(said, dict):
        return str(said)
    head = " ".join(str(said[key]) for key in ("name", "version") if said.get(key))
    rest = ", ".join(f"{key} {value}" for key, value in said.items() if key not in ("name", "version"))
    return head + (f" ({rest})" if rest and head else rest)


def _counts(records: list[dict]) -> str:
    counts = {o: sum(r["outcome"] == o for r in records) for o in OUTCOMES}
    shown = [f"{o} {n}" for o, n in counts.items() if n]
    return f"**{len(records)} scenarios**: " + " · ".join(shown) if shown else "No scenario ran."


def _unexpected(record: dict) -> str:
    where = ""
    if record.get("file"):
        where = " at " + _code(f"features/{record['file']}:{record.get('line', '?')}")
    lines = [f"- **{record['outcome']}** {_code(record['id'])}{where}"]
    step = record.get("failed_step")
    if isinstance(step, dict) and step.get("text"):
        number = f"step {step['index'] + 1}: " if isinstance(step.get("index"), int) else ""
        line = f" (line {step['line']})" if step.get("line") else ""
        text = _code(f"{step.get('keyword', '')} {step['text']}".strip())
        lines.append(f"  failed at {number}{text}{line}")
    message = (record.get("message") or "").splitlines()
    shown = [clip(text, LINE_LENGTH) for text in message[:MESSAGE_LINES]]
    if len(message) > MESSAGE_LINES:
        shown.append(f"... ({len(message) - MESSAGE_LINES} more lines in the results file)")
    if shown:
        fence = "`" * max(3, _longest_run(shown, "`") + 1)
        lines += ["", f"  {fence}text", *(f"  {text}" for text in shown), f"  {fence}", ""]
    return "\n".join(lines)


def _area_table(records: list[dict]) -> str:
    by_area: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        by_area[record.get("area") or "-"].append(record)
    rows = ["| area | passed/declared | unsupported | failed | expected deviations | skipped |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for area, group in [*sorted(by_area.items()), ("**all**", records)]:
        cells = [declared_count(group), _count(group, (UNSUPPORTED,)), _count(group, UNEXPECTED),
                 _count(group, ("XFAIL",), expected=True) + _skips(group, expected=True) or ".",
                 _skips(group, expected=False) or "."]
        rows.append(f"| {area} | " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(rows)


def _count(group: list[dict], outcomes, expected: bool = False) -> int | str:
    n = sum(r["outcome"] in outcomes for r in group)
    return n if expected else (n or ".")


def _skips(group: list[dict], expected: bool) -> int:
    """SKIPs an expectations file asked for (expected deviations), or the others (a @live_only in-process)."""
    return sum(r["outcome"] == "SKIP" and bool(r.get("expected")) == expected for r in group)


def _code(text: str) -> str:
    """``text`` as inline code, whatever backticks it holds."""
    ticks = "`" * (_longest_run([text], "`") + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _plain(text: str) -> str:
    """``text`` as Markdown text: the characters that would format or link it escaped."""
    return re.sub(r"([\\`*_\[\]<>|~])", r"\\\1", " ".join(text.split()))


def _longest_run(lines: list[str], char: str) -> int:
    return max((len(run) for text in lines for run in re.findall(re.escape(char) + "+", text)), default=0)
