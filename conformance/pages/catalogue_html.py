"""The catalogue (``catalogue/behaviors.md``, ``catalogue/version-diffs.md``) as HTML, with an
anchor per entry (``#spec-ROUTE-1``) and every entry's own HTML, for the pages to quote.

markdown-it-py renders it (CommonMark plus tables, raw HTML off: the catalogue is text);
the entries are found in its token stream, as the list items that start with a bold id.
"""

from __future__ import annotations

import re
from pathlib import Path

from .html_text import CATALOGUE_ID, el, esc, spec_anchor

#: A catalogue entry is a list item whose text starts with its id in bold: ``- **HOOK-3** ...``.
ENTRY_START = re.compile(r"^\*\*([A-Z]{2,8}-\d{1,3})\b")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
CHECKED_BY = re.compile(r"<!--checked-by ([A-Z]{2,8}-\d{1,3})-->")


def with_backlinks(html: str, checked_by: dict[str, list[str]]) -> str:
    """The catalogue's HTML with each entry's scenarios (those on the page) listed at its end."""
    def backlinks(found) -> str:
        ids = checked_by.get(found.group(1))
        if not ids:
            return ""
        links = ", ".join(el("a", esc(i), href="#" + i) for i in ids)
        return el("div", "checked by " + links, class_="checked-by")

    return CHECKED_BY.sub(backlinks, html)


def render_catalogue(behaviors: Path, version_diffs: Path) -> dict:
    """``{"html": the two files as page sections, "entries": {id: entry HTML}}``."""
    from markdown_it import MarkdownIt  # here: only a cache miss of the spec model renders the catalogue

    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    entries: dict[str, str] = {}
    sections = []
    for path, section_id, title in ((behaviors, "catalogue", "The catalogue"),
                                    (version_diffs, "version-diffs", "What differs between versions")):
        if not path.is_file():
            continue
        tokens = md.parse(path.read_text(encoding="utf-8"))
        _demote_headings(tokens, section_id)
        _anchor_entries(md, tokens, entries)
        body = md.renderer.render(tokens, md.options, {})
        sections.append((section_id, title, body))
    known = frozenset(entries)
    html = "".join(el("section", el("h2", title, class_="part") + _link_ids(_wrap_tables(body), known),
                      id=section_id, class_="catalogue")
                   for section_id, title, body in sections)
    return {"html": html, "entries": {key: _link_ids(value, known) for key, value in entries.items()}}


def _demote_headings(tokens, section_id: str) -> None:
    # The page has its own h1 and h2s; a file's headings sit below them, each with an anchor.
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            token.tag = "h" + str(min(6, int(token.tag[1]) + 2))
            words = re.sub(r"[^a-z0-9]+", "-", tokens[index + 1].content.lower()).strip("-")
            token.attrSet("id", f"{section_id}-{words[:60]}")


def _anchor_entries(md, tokens, entries: dict[str, str]) -> None:
    from markdown_it.token import Token

    marks = []
    for index, token in enumerate(tokens):
        if token.type != "list_item_open":
            continue
        inline = next((t for t in tokens[index + 1:index + 3] if t.type == "inline"), None)
        found = ENTRY_START.match(inline.content) if inline is not None else None
        if not found or found.group(1) in entries:
            continue
        token.attrSet("id", spec_anchor(found.group(1)))
        token.attrSet("class", "entry")
        end = next(j for j in range(index + 1, len(tokens))
                   if tokens[j].type == "list_item_close" and tokens[j].level == token.level)
        entries[found.group(1)] = md.renderer.render(tokens[index + 1:end], md.options, {})
        marks.append((end, found.group(1)))
    # A mark at the end of each entry, where the page lists the scenarios that check it.
    for end, catalogue_id in reversed(marks):
        tokens.insert(end, Token("html_block", "", 0, content=f"<!--checked-by {catalogue_id}-->"))


def _wrap_tables(html: str) -> str:
    # Wide tables scroll inside the page instead of widening it.
    return html.replace("<table>", '<div class="wide"><table>').replace("</table>", "</table></div>")


def _link_ids(html: str, known: frozenset[str]) -> str:
    """Link each catalogue id in the text (not in tags, nor inside a link) to its entry."""
    out, in_link = [], 0
    for part in _TAG_OR_TEXT.split(html):
        if part.startswith("<"):
            in_link += part.startswith("<a ") or part == "<a>"
            in_link -= part == "</a>"
            out.append(part)
        elif in_link or not part:
            out.append(part)
        else:
            out.append(CATALOGUE_ID.sub(lambda m: _link(m.group(1), known), part))
    return "".join(out)


def _link(catalogue_id: str, known: frozenset[str]) -> str:
    if catalogue_id not in known:
        return catalogue_id
    return f'<a class="cat" href="#{spec_anchor(catalogue_id)}">{catalogue_id}</a>'
