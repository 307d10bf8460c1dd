"""``flask-conformance spec -o spec.html``: the spec as one self-contained page.

By area (the contract's order), each feature with its rule, source and ``Versions:`` line and
every scenario with its steps, outline tables, id, tier and catalogue ids; then the catalogue
itself, every entry anchored (``#spec-ROUTE-1``) so the scenarios link to it. A scenario's
anchor is its id (``#hooks.app_route_order``), an outline row's ``<id>[<row>]``.
"""

from __future__ import annotations

from .catalogue_html import with_backlinks
from .html_text import el, esc
from .page_html import count_line, page, search_box, select
from .spec_html import Plain, render_areas
from .spec_model import load_spec, scenarios_of


def write_spec(path: str) -> None:
    model = load_spec()
    with open(path, "w", encoding="utf-8") as out:
        out.write(spec_page(model))


def spec_page(model: dict) -> str:
    areas, toc = render_areas(model, Plain())
    total = sum(n for _, n in toc)
    header = (el("h1", "The flask-conformance spec")
              + el("p", f"{total} scenarios in {len(toc)} areas, each with its id (its anchor), tier and the "
                        "catalogue entries it checks; the catalogue follows them."))
    return page("flask-conformance spec", "spec", header, toolbar(model), areas + catalogue(model, Plain()),
                toc_html(toc))


def catalogue(model: dict, decor: Plain) -> str:
    """The catalogue, each entry ending with the scenarios on this page that check it."""
    checked_by: dict[str, list[str]] = {}
    for area in model["areas"]:
        for feature in filter(decor.wants, area["features"]):
            for scenario in feature["scenarios"]:
                for catalogue_id in scenario["spec"]:
                    checked_by.setdefault(catalogue_id, []).append(scenario["id"])
    return with_backlinks(model["catalogue"]["html"], checked_by)


def toolbar(model: dict, extra: str = "") -> str:
    """Search, area and tier filters (and the report's outcome filter), then the count."""
    areas = [(area["name"], area["name"]) for area in model["areas"]]
    tiers = sorted({s["tier"] for _, _, s in scenarios_of(model) if s["tier"]},
                   key=lambda t: list(model.get("tiers", {})).index(t) if t in model.get("tiers", {}) else 99)
    return (search_box("search scenarios, steps, ids, catalogue") + select("f-area", "area", areas)
            + select("f-tier", "tier", [(t, t) for t in tiers]) + extra + count_line())


def toc_html(toc: list[tuple[str, int]], counts: dict[str, str] | None = None) -> str:
    items = "".join(el("li", el("a", esc(name), href="#area-" + name) + " "
                       + el("span", esc((counts or {}).get(name, str(n))), class_="n"), id="toc-" + name)
                    for name, n in toc)
    links = el("li", el("a", "The catalogue", href="#catalogue")) + el("li", el("a", "Version differences",
                                                                               href="#version-diffs"))
    return el("ul", items) + el("ul", links, class_="more")
