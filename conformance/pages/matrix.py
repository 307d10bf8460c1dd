"""``flask-conformance matrix a.jsonl b.jsonl -o matrix.html``: implementations side by side.

One column per results file (its implementation and version, Werkzeug's version, its
expectations file), one row per area and feature with passed/total and a color for the mix of
outcomes, each feature expandable (details/summary) to its scenarios; an XFAIL cell shows the
reason the expectations file gives. UNSUPPORTED scenarios are counted apart: an implementation
that declares fewer areas reads "5/5, 114 unsupported", not "5/119".
"""

from __future__ import annotations

from pathlib import Path

from .html_text import el, esc
from .matrix_model import Column, build_matrix, differs, records_of
from .outcomes import NOT_RUN, badge, bar, count_outcomes, group_badge, label, mix_class
from .page_html import count_line, page, search_box
from .report_header import implementation_name
from .results_files import read_results

LEGEND = (("m-pass", "all passed"), ("m-partial", "passed, the rest skipped or unsupported"),
          ("m-xfail", "expected failures (XFAIL), nothing unexpected"), ("m-bad", "an unexpected result"),
          ("m-none", "none ran (skipped or unsupported)"), ("m-missing", "not in that results file"))


def write_matrix(path: str, results: list[str]) -> None:
    html = matrix_page([(p, *read_results(p)) for p in results])
    with open(path, "w", encoding="utf-8") as out:
        out.write(html)


def matrix_page(results: list[tuple[str, dict, list[dict]]]) -> str:
    columns, areas = build_matrix(results)
    every = [s for a in areas for s in a.scenario_ids()]
    heads = "".join(_column_head(c) for c in columns)
    head = el("div", el("div", "area / feature / scenario", class_="rowname") + heads, class_="mrow headrow")
    cells = "".join(_cell(records_of(c, every), with_bar=True) for c in columns)
    total = el("div", el("div", el("b", "all"), class_="rowname") + cells, class_="mrow total", id="matrix-total")
    body = "".join(_area(area, columns) for area in areas)
    legend = el("div", "".join(el("span", el("span", "", class_=f"sw {kind}") + esc(text)) for kind, text in LEGEND),
                class_="legend")
    matrix = el("div", head + total + body, class_="matrix", style=f"--cols: {len(columns)}")
    header = (el("h1", "flask-conformance matrix")
              + el("p", f"{len(columns)} runs side by side, {len(every)} scenarios (a cell counts every outline "
                        "row); open a feature for its scenarios, point at a cell for its outcomes.")
              + legend)
    toolbar = (search_box("search areas, features, scenarios, ids")
               + el("label", '<input type="checkbox" id="f-differ"> only where the runs differ')
               + el("button", "open all", type="button", data_open="1")
               + el("button", "close all", type="button", data_open="0") + count_line())
    return page("flask-conformance matrix", "matrix-page", header, toolbar, matrix)


def _column_head(column: Column) -> str:
    run = column.run
    implementation = run.get("implementation") if isinstance(run.get("implementation"), dict) else {}
    werkzeug = implementation.get("werkzeug") or run.get("werkzeug")
    expectations = run.get("expectations")
    lines = [el("small", "Werkzeug " + esc(werkzeug)) if werkzeug else "",
             el("small", "expectations: " + esc(Path(expectations).name) if expectations else "no expectations file",
                title=expectations),
             el("small", esc(column.name), title=column.path)]
    if run.get("refused"):
        lines.append(el("small", "refused: " + esc(run["refused"])))
    return el("div", esc(implementation_name(run) or run.get("app") or column.name) + "".join(lines), class_="col")


def _area(area, columns: list[Column]) -> str:
    ids = area.scenario_ids()
    summary = el("summary", el("div", el("span", esc(area.name), class_="name"), class_="rowname")
                 + "".join(_cell(records_of(c, ids), with_bar=True) for c in columns), class_="mrow")
    features = "".join(_feature(feature, columns) for feature in area.features.values())
    return el("details", summary + features, class_="marea", open=True, id="area-" + area.name)


def _feature(feature, columns: list[Column]) -> str:
    ids = [s.id for s in feature.scenarios]
    summary = el("summary", el("div", el("span", esc(feature.name), class_="name"), class_="rowname")
                 + "".join(_cell(records_of(c, ids)) for c in columns), class_="mrow")
    rows = "".join(_scenario(s, columns) for s in feature.scenarios)
    return el("details", summary + rows, class_="mfeature")


def _scenario(scenario, columns: list[Column]) -> str:
    name = el("div", el("code", esc(scenario.id)) + " " + esc(scenario.title), class_="rowname")
    cells = "".join(_scenario_cell(c.records.get(scenario.id, {})) for c in columns)
    return el("div", name + cells, class_="mrow scen", id=scenario.id,
              data_differs="1" if differs(columns, scenario.id) else "0")


def _cell(records: list[dict], with_bar: bool = False) -> str:
    """An area's or a feature's cell: passed/declared, the unsupported apart, the mix as a color."""
    if not records:
        return el("div", "&mdash;", class_="cell m-missing", title="not in this results file")
    counts = count_outcomes(r["outcome"] for r in records)
    unsupported = counts["UNSUPPORTED"]
    declared = len(records) - unsupported
    text = f"{counts['PASS']}/{declared}" if declared else "unsupported"
    if declared and unsupported:
        text += " " + el("small", f"{unsupported} unsupported")
    title = ", ".join(f"{n} {label(o)}" for o, n in counts.items() if n)
    return el("div", text + (bar(counts) if with_bar else ""), class_=f"cell {mix_class(counts)}", title=title)


def _scenario_cell(rows: dict[str | None, dict]) -> str:
    if not rows:
        return el("div", "&mdash;", class_="cell m-missing", title="not in this results file")
    records = list(rows.values())
    outcomes = [r["outcome"] for r in records]
    shown = badge(outcomes[0]) if len(records) == 1 and None in rows else group_badge(outcomes)
    reasons = sorted({r["expected"]["reason"] for r in records if r["outcome"] == "XFAIL"
                      and isinstance(r.get("expected"), dict) and r["expected"].get("reason")})
    text = shown + "".join(el("small", esc(reason), class_="reason", title=reason) for reason in reasons)
    failing = next((r for r in records if r["outcome"] not in ("PASS", NOT_RUN) and r.get("message")), None)
    title = failing["message"].split("\n", 1)[0][:300] if failing else None
    return el("div", text, class_=f"cell {mix_class(count_outcomes(outcomes))}", title=title)
