"""The frame of every page: one self-contained HTML file with its style and script inline.

A Content-Security-Policy in the page itself forbids every load (``default-src 'none'``), so a
page that tried to fetch a font, a script or an image would be stopped by the browser and say
so in its console, which the browser checks look at (selftests/test_pages_browser.py).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..results import OUTCOMES
from .html_text import attrs, el, esc

ASSETS = Path(__file__).parent  # pages.css and pages.js, package data beside this module
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


@cache
def asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def page(title: str, kind: str, header: str, toolbar: str, body: str, toc: str = "") -> str:
    """The whole page: ``header`` above a sticky ``toolbar``, then the contents beside ``toc``."""
    main = el("div", el("nav", toc, class_="toc") + el("main", body), class_="layout") if toc else el("main", body)
    return "".join((
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="generator" content="flask-conformance">',
        el("title", esc(title)), "<style>", asset("pages.css"), "</style></head>",
        f"<body{attrs(class_=kind)}>", el("header", header, class_="top"), el("nav", toolbar, class_="toolbar"),
        main, "<script>", asset("pages.js"), "</script></body></html>\n",
    ))


def search_box(placeholder: str) -> str:
    return (f'<input type="search" id="search" placeholder="{esc(placeholder)}" '
            'aria-label="search" autocomplete="off">')


def select(control_id: str, label: str, choices: list[tuple[str, str]]) -> str:
    """A filter: ``choices`` are (value, text); the first option, '' , is every value."""
    options = "".join(el("option", esc(text), value=value) for value, text in [("", "all"), *choices])
    return el("label", esc(label) + " " + el("select", options, id=control_id))


def outcome_boxes(present: dict[str, int]) -> str:
    """One checkbox per outcome that the run has, with its count, and quick choices."""
    boxes = "".join(
        el("label", f'<input type="checkbox" name="outcome" value="{esc(o)}" checked> '
           + el("span", f"{esc(o)} {n}", class_=f"badge o-{o.replace(' ', '')}"))
        for o, n in present.items())
    quick = (el("button", "unexpected", type="button", data_outcomes="FAIL ERROR TIMEOUT CRASH XPASS")
             + el("button", "all", type="button", data_outcomes="*"))
    return el("span", "outcome " + boxes + " " + quick, class_="outcomes")


def count_line() -> str:
    return el("span", "", id="count", aria_live="polite")


def ordered_outcomes(outcomes) -> list[str]:
    """The outcomes in the results file's order, then any other (NOTRUN)."""
    seen = set(outcomes)
    return [o for o in OUTCOMES if o in seen] + sorted(seen - set(OUTCOMES))
