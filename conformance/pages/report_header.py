"""The top of a run's report: what was checked, how, with which versions from where, the
expectations file, the counts, and the unexpected results with links to their blocks."""

from __future__ import annotations

from ..results import OUTCOMES, UNEXPECTED
from .html_text import el, esc
from .outcomes import badge


def report_header(run: dict, records: list[dict]) -> str:
    name = implementation_name(run)
    title = el("h1", "flask-conformance report" + (": " + esc(name) if name else ""))
    bad = [r for r in records if r.get("outcome") in UNEXPECTED]
    if run.get("refused"):
        verdict = el("p", "The app could not be checked: " + esc(run["refused"]), class_="refused")
    elif bad:
        verdict = el("p", f"{len(bad)} unexpected result(s), of {len(records)} scenarios", class_="verdict bad")
    else:
        verdict = el("p", f"Every result expected: {len(records)} scenarios", class_="verdict good")
    unexpected = ""
    if bad:
        items = "".join(el("li", badge(r["outcome"]) + " " + el("a", esc(r["id"]), href="#failure-" + r["id"])
                           + " " + esc(_first_line(r.get("message")))) for r in bad[:200])
        more = el("li", f"... and {len(bad) - 200} more") if len(bad) > 200 else ""
        unexpected = el("ul", items + more, class_="unexpected")
    return el("div", title + verdict + unexpected + el("dl", "".join(_fields(run)), class_="run"), id="report-header")


def implementation_name(run: dict) -> str:
    implementation = run.get("implementation")
    if isinstance(implementation, dict):
        return " ".join(str(implementation[k]) for k in ("name", "version") if implementation.get(k))
    return str(implementation) if implementation else ""


def _fields(run: dict):
    checked = run.get("app") or run.get("base_url") or "?"
    how = [run.get("transport") or "?"]
    if run.get("server"):
        how.append("server " + str(run["server"]))
    if run.get("base_url"):
        how.append(str(run["base_url"]))
    yield _field("checked", el("code", esc(checked)) + " (" + esc(", ".join(how)) + ")")
    implementation = run.get("implementation")
    if isinstance(implementation, dict):
        rest = ", ".join(f"{k} {v}" for k, v in implementation.items() if k not in ("name", "version"))
        yield _field("implementation", esc(implementation_name(run)) + (" (" + esc(rest) + ")" if rest else "")
                     + " (its manifest)")
    yield _field("stack", _stack(run))
    yield _field("expectations", el("code", esc(run["expectations"])) if run.get("expectations") else "none")
    suite = f"flask-conformance {run.get('suite_version') or '?'}, contract {run.get('contract_version') or '?'}"
    yield _field("suite", esc(suite))
    yield _field("python", esc(f"{run.get('python') or '?'} on {run.get('platform') or '?'}"))
    order = run.get("order") or {}
    yield _field("order", "shuffled, seed " + esc(order.get("seed")) if order.get("shuffled") else "the feature files'")
    duration = run.get("duration")
    timing = esc(run.get("started") or "?") + (f", {duration:.2f} s" if isinstance(duration, (int, float)) else "")
    yield _field("started", timing)
    counts = run.get("counts") or {}
    shown = [badge(o, str(counts[o])) for o in OUTCOMES if counts.get(o)]
    yield _field("counts", el("span", " ".join(shown) or "none", class_="counts"))
    if run.get("areas") is not None:
        yield _field("areas declared", esc(", ".join(map(str, run["areas"]))) or "none")


def _field(name: str, value: str) -> str:
    return el("dt", esc(name)) + el("dd", value)


def _stack(run: dict) -> str:
    stack = run.get("stack")
    if not isinstance(stack, dict):
        flat = [(d, run.get(d)) for d in ("flask", "werkzeug", "jinja2", "itsdangerous") if d in run]
        return esc(", ".join(f"{d} {v or 'not installed'}" for d, v in flat)) or "?"
    rows = []
    for dist, info in stack.items():
        if isinstance(info, dict):
            rows.append(el("tr", el("td", esc(dist)) + el("td", esc(info.get("version")))
                           + el("td", el("code", esc(info.get("source"))))))
        else:
            rows.append(el("tr", el("td", esc(dist)) + el("td", "not installed", colspan=2)))
    head = el("tr", el("th", "package") + el("th", "version") + el("th", "from"))
    return el("table", el("thead", head) + el("tbody", "".join(rows)), class_="stack")


def _first_line(message) -> str:
    line = str(message).split("\n", 1)[0] if message else ""
    return line if len(line) <= 160 else line[:157] + "..."
