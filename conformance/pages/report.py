"""``flask-conformance run --report report.html``: the spec page with a run's outcomes.

Each scenario carries its outcome badge (an outline its worst row's, and every row its own),
each one that did not pass a block with what went wrong (failure_html.py), and the page a
header with the run record (report_header.py) and filters by outcome, area and tier. The
features the run did not touch are left out; a scenario of a feature it did touch that it did
not run says NOT RUN. A record whose id this spec does not have (a results file of another
suite version) is still shown, at the end.
"""

from __future__ import annotations

from collections import Counter

from .failure_html import failure_block
from .html_text import el, esc
from .outcomes import NOT_RUN, badge, group_badge, is_unexpected
from .page_html import ordered_outcomes, outcome_boxes, page
from .report_header import implementation_name, report_header
from .results_files import split_id
from .spec import catalogue, toc_html, toolbar
from .spec_html import Plain, render_areas
from .spec_model import load_spec, scenarios_of


def write_report(path: str, run: dict, records: list[dict]) -> None:
    # The spec's model comes from its cache (a quarter of a second) or, after the spec changed,
    # is built here (a second). Not beside the run in a thread: the supervisor forks its child,
    # and a thread caught in an import at that moment would leave the child a held lock.
    try:
        model = load_spec()
    except Exception as exc:  # noqa: BLE001 - the run's report is written whatever the spec files hold
        model = {"areas": [], "catalogue": {"html": "", "entries": {}},
                 "error": f"the spec could not be read here ({type(exc).__name__}: {exc})"}
    html = report_page(model, run, records)
    with open(path, "w", encoding="utf-8") as out:
        out.write(html)


def report_page(model: dict, run: dict, records: list[dict]) -> str:
    decor = Outcomes(records)
    areas, toc = render_areas(model, decor)
    known = {scenario["id"] for _, _, scenario in scenarios_of(model)}
    strays = [r for r in records if split_id(r.get("id", ""))[0] not in known]
    body = areas + _strays(strays, model.get("error")) + catalogue(model, decor)
    # The outcome filter's counts: every scenario and outline row, NOT RUN ones included.
    found = Counter(decor.seen_list + [r.get("outcome") or "ERROR" for r in strays])
    present = {outcome: found[outcome] for outcome in ordered_outcomes(found)}
    name = implementation_name(run)
    title = "flask-conformance report" + (f": {name}" if name else "")
    counts = {area: decor.area_line(area) for area, _ in toc}
    return page(title, "report", report_header(run, records), toolbar(model, outcome_boxes(present)), body,
                toc_html(toc, counts))


class Outcomes(Plain):
    """The report's decoration: the records of the run, by scenario id and row."""

    decorated = True

    def __init__(self, records: list[dict]):
        self.records: dict[str, dict[str | None, dict]] = {}
        for record in records:
            scenario_id, row = split_id(record.get("id", ""))
            self.records.setdefault(scenario_id, {})[row] = record
        self.seen_list: list[str] = []
        self.by_area: dict[str, list[str]] = {}

    def wants(self, feature: dict) -> bool:
        return any(s["id"] in self.records for s in feature["scenarios"])

    def _outcomes(self, scenario: dict) -> list[str]:
        rows = self.records.get(scenario["id"], {})
        if not scenario["examples"]:
            record = rows.get(None) or next(iter(rows.values()), None)
            return [record["outcome"] if record else NOT_RUN]
        ids = [row["id"] for block in scenario["examples"] for row in block["rows"]]
        return [rows[i]["outcome"] if i in rows else NOT_RUN for i in ids] or [NOT_RUN]

    def outcomes(self, scenario: dict) -> str:
        found = self._outcomes(scenario)
        self.seen_list.extend(found)
        return " ".join(sorted(set(found)))

    def badge(self, scenario: dict) -> str:
        found = self._outcomes(scenario)
        self.by_area.setdefault(scenario["id"].split(".")[0], []).extend(found)
        return group_badge(found)

    def row_badge(self, scenario: dict, row_id: str) -> tuple[str, str]:
        record = self.records.get(scenario["id"], {}).get(row_id)
        outcome = record["outcome"] if record else NOT_RUN
        return badge(outcome), outcome

    def failed_lines(self, scenario: dict) -> set[int]:
        lines = set()
        for record in self.records.get(scenario["id"], {}).values():
            step = record.get("failed_step")
            if is_unexpected(record["outcome"]) and isinstance(step, dict) and isinstance(step.get("line"), int):
                lines.add(step["line"])
        return lines

    def blocks(self, scenario: dict, feature: dict) -> str:
        rows = self.records.get(scenario["id"], {})
        order = [None] + [row["id"] for block in scenario["examples"] for row in block["rows"]]
        return "".join(failure_block(rows[key], feature, scenario) for key in order
                       if key in rows and rows[key]["outcome"] != "PASS")

    def area_line(self, area: str) -> str:
        found = self.by_area.get(area, [])
        return f"{found.count('PASS')}/{len(found)}"


def _strays(records: list[dict], error: str | None) -> str:
    """Records of scenarios this spec does not have, each with its badge and block."""
    if not records:
        return ""
    items = []
    for record in records:
        outcome = record.get("outcome") or "ERROR"
        heading = el("h4", el("span", esc(record.get("title") or record.get("id", "")))
                     + badge(outcome))
        block = failure_block(record, None, None) if outcome != "PASS" else ""
        items.append(el("section", heading + el("div", el("code", esc(record.get("id", ""))), class_="meta") + block,
                        id=record.get("id"), class_="scenario", data_area=record.get("area") or "",
                        data_outcomes=outcome))
    intro = el("p", esc(error[0].upper() + error[1:]) + ": the results are listed without it." if error else
               "These results name scenarios that the spec installed here does not have "
               "(a results file of another version of the suite).")
    feature = el("article", el("h3", "Not in this spec") + intro + "".join(items), class_="feature")
    return el("section", el("h2", "Other scenarios", class_="area-title") + feature, id="area-other", class_="area",
              data_area="other")
