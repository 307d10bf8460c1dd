"""The spec as HTML: areas, features with their rule, source and ``Versions:`` line, and every
scenario with its id (its anchor), tier, catalogue links, steps and outline tables.

The report is the same HTML with a run's outcomes: ``Plain`` is the spec's decoration (none),
and report.py's subclass adds a badge to each scenario and outline row and a block under each
failure. Everything here is strings joined once, which keeps a 500-scenario page in
milliseconds.
"""

from __future__ import annotations

import re

from .html_text import el, esc, link_catalogue_ids

_PARAM = re.compile(r"&lt;([^&<>]+)&gt;")


class Plain:
    """The spec page's decoration of a scenario: nothing; the report overrides each method."""

    #: Whether scenarios carry outcomes (the report): the outline tables get an outcome column.
    decorated = False

    def wants(self, feature: dict) -> bool:
        return True

    def outcomes(self, scenario: dict) -> str | None:
        """The outcomes the filters see (space-separated), or None on a page without outcomes."""
        return None

    def badge(self, scenario: dict) -> str:
        return ""

    def row_badge(self, scenario: dict, row_id: str) -> tuple[str, str | None]:
        """The cell of an outline row, and its outcome for the filters."""
        return "", None

    def failed_lines(self, scenario: dict) -> set[int]:
        return set()

    def blocks(self, scenario: dict, feature: dict) -> str:
        return ""


def render_areas(model: dict, decor: Plain) -> tuple[str, list[tuple[str, int]]]:
    """The areas' HTML, and (area, scenario count) for the table of contents."""
    known = frozenset(model["catalogue"]["entries"])
    entries = model["catalogue"]["entries"]
    parts, toc = [], []
    for area in model["areas"]:
        features = [f for f in area["features"] if decor.wants(f)]
        if not features:
            continue
        name = area["name"]
        meaning = area.get("meaning", "")
        toc.append((name, sum(len(f["scenarios"]) for f in features)))
        body = "".join(_feature(f, decor, known, entries) for f in features)
        title = el("h2", esc(name) + (" " + el("small", esc(meaning)) if meaning else ""), class_="area-title")
        parts.append(el("section", title + body, id="area-" + name, class_="area", data_area=name))
    return "".join(parts), toc


def _feature(feature: dict, decor: Plain, known, entries) -> str:
    parts = [el("h3", el("small", "Feature: ") + esc(feature["name"])),
             el("div", "features/" + esc(feature["file"]), class_="file mono")]
    if feature["rule"]:
        parts.append(el("p", link_catalogue_ids(feature["rule"], known), class_="rule"))
    if feature["source"]:
        parts.append(el("p", "Source: " + link_catalogue_ids(feature["source"], known), class_="source"))
    if feature["versions"]:
        parts.append(el("p", "Versions: " + link_catalogue_ids(feature["versions"], known), class_="versions"))
    parts.append(_notes(feature, entries))
    if feature["background"]:
        parts.append(el("div", el("b", "Background") + _steps(feature["background"], set()), class_="background"))
    rule = None
    for scenario in feature["scenarios"]:
        if scenario["rule"] and scenario["rule"]["name"] != rule:
            rule = scenario["rule"]["name"]
            parts.append(el("h4", el("small", "Rule: ") + esc(rule), class_="rule-title"))
            if scenario["rule"]["description"]:
                parts.append(el("p", esc(scenario["rule"]["description"]), class_="rule"))
        parts.append(_scenario(scenario, feature, decor, known))
    return el("article", "".join(parts), id="feature-" + feature["file"], class_="feature")


def _notes(feature: dict, entries: dict) -> str:
    """The study notes' own words, where the feature or one of its scenarios cites a NOTE entry."""
    cited = sorted(set(re.findall(r"NOTE-\d+", feature["source"] or ""))
                   | {s for sc in feature["scenarios"] for s in sc["spec"] if s.startswith("NOTE-")},
                   key=lambda n: int(n.split("-")[1]))
    quoted = [el("p", entries[n]) for n in cited if n in entries]
    if not quoted:
        return ""
    return el("aside", el("p", el("b", "The notes say, and the catalogue corrects:")) + "".join(quoted),
              class_="notes")


def _scenario(scenario: dict, feature: dict, decor: Plain, known) -> str:
    sid = scenario["id"]
    heading = el("h4", el("a", "#", href="#" + sid, class_="anchor", title="link to this scenario")
                 + el("span", esc(scenario["keyword"]) + ":", class_="kw") + el("span", esc(scenario["title"]))
                 + decor.badge(scenario))
    meta = [el("code", esc(sid), class_="sid")]
    if scenario["tier"]:
        meta.append(el("span", esc(scenario["tier"]), class_=f"chip tier-{scenario['tier']}", title="tier"))
    meta.extend(el("span", esc(kind), class_="chip kind") for kind in scenario["kinds"])
    meta.extend(el("a", esc(s), href="#spec-" + s, class_="cat") if s in known else el("code", esc(s))
                for s in scenario["spec"])
    meta.append(el("span", f"features/{esc(feature['file'])}:{scenario['line']}", class_="mono"))
    body = heading + el("div", " ".join(meta), class_="meta") + _steps(scenario["steps"], decor.failed_lines(scenario))
    body += "".join(_examples(block, scenario, decor) for block in scenario["examples"])
    body += decor.blocks(scenario, feature)
    return el("section", body, id=sid, class_="scenario", data_area=feature["area"], data_tier=scenario["tier"],
              data_outcomes=decor.outcomes(scenario))


def _steps(steps: list[dict], failed: set[int]) -> str:
    items = []
    for step in steps:
        text = _PARAM.sub(r"<var>&lt;\1&gt;</var>", esc(step["text"]))
        extra = ""
        if step["docstring"] is not None:
            extra += el("pre", esc(step["docstring"]), class_="doc")
        if step["table"]:
            extra += _table(step["table"][0], step["table"][1:], "data")
        mark = step["line"] in failed
        items.append(el("li", el("span", esc(step["keyword"]), class_="kw") + " " + text + extra,
                        class_="failed" if mark else None, title="the step that failed" if mark else None))
    return el("ol", "".join(items), class_="steps")


def _table(header: list[str], rows: list[list[str]], kind: str) -> str:
    head = el("tr", "".join(el("th", esc(cell)) for cell in header))
    body = "".join(el("tr", "".join(el("td", esc(cell)) for cell in row)) for row in rows)
    return el("div", el("table", el("thead", head) + el("tbody", body), class_=kind), class_="wide")


def _examples(block: dict, scenario: dict, decor: Plain) -> str:
    caption = el("caption", "Examples" + (": " + esc(block["name"]) if block["name"] else ""))
    decorated = decor.decorated
    names = "".join(el("th", esc(name)) for name in block["header"])
    head = el("tr", names + (el("th", "outcome") if decorated else ""))
    rows = []
    for row in block["rows"]:
        cell, outcome = decor.row_badge(scenario, row["id"])
        cells = "".join(el("td", esc(value)) for value in row["values"])
        rows.append(el("tr", cells + (el("td", cell) if decorated else ""), id=f"{scenario['id']}[{row['id']}]",
                       data_outcome=outcome))
    return el("div", el("table", caption + el("thead", head) + el("tbody", "".join(rows)), class_="examples"),
              class_="wide")
