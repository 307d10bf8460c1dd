"""The small helpers every page is written with: escaped text, attributes, one element.

The pages are built in Python with these helpers (html.escape) rather than with a template
engine on purpose: Jinja2 is the implementation's dependency (the reference stack's, a fork's,
any version), and the harness must not depend on the version of it that the checked stack
brings. Every piece of text that comes from a feature file, the catalogue or a results file
goes through ``esc``; nothing else builds markup from data.
"""

from __future__ import annotations

import re
from html import escape

#: A catalogue id, as @spec: tags and the catalogue write them: HOOK-3, NOTE-10, CONV-5.
CATALOGUE_ID = re.compile(r"\b([A-Z]{2,8}-\d{1,3})\b")
_NAMES: dict[str, str] = {}  # attribute names as written in Python (class_, data_area) -> in HTML


def esc(text: object) -> str:
    """Text made safe for element content and double-quoted attribute values."""
    return escape("" if text is None else str(text), quote=True)


def attrs(**values: object) -> str:
    """`` name="value"`` pairs; None and False leave the attribute out, True writes it bare.
    A trailing underscore is dropped (``class_``) and other underscores become dashes."""
    parts = []
    for name, value in values.items():
        if value is None or value is False:
            continue
        name = _NAMES.get(name) or _NAMES.setdefault(name, name.rstrip("_").replace("_", "-"))
        parts.append(f" {name}" if value is True else f' {name}="{escape(str(value), quote=True)}"')
    return "".join(parts)


def el(name: str, body: str = "", **values: object) -> str:
    """One element: ``body`` is markup already (escape text with ``esc`` first)."""
    if not values:  # most elements: a page has some 20,000
        return f"<{name}>{body}</{name}>"
    return f"<{name}{attrs(**values)}>{body}</{name}>"


def spec_anchor(catalogue_id: str) -> str:
    """The anchor of a catalogue entry on the spec page: ``spec-ROUTE-1``."""
    return "spec-" + catalogue_id


def link_catalogue_ids(text: str, known: set[str] | frozenset[str]) -> str:
    """Escape ``text`` and link each known catalogue id in it to its entry."""
    out, last = [], 0
    for match in CATALOGUE_ID.finditer(text):
        if match.group(1) not in known:
            continue
        out.append(esc(text[last:match.start()]))
        out.append(el("a", esc(match.group(1)), href="#" + spec_anchor(match.group(1)), class_="cat"))
        last = match.end()
    out.append(esc(text[last:]))
    return "".join(out)
