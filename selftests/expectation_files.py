"""Shared by the expectations self-tests: a small index of known ids and tmp_path files."""

from __future__ import annotations

import textwrap

import pytest
from flask_conformance.expectations import ExpectationsError, load_expectations

ROWS = ["/defaults/index-nid=888", "/defaults/users/-users page 1"]
KNOWN = {
    "hooks.app_route_order": [],
    "sessions.key_fallbacks_accepted": [],
    "defaults.passed_to_view": ROWS,
    "flashing.category_filter_selects": ['category_filter=error-["second"]', "with_categories=1-[]"],
}
ROW = f"defaults.passed_to_view[{ROWS[0]}]"
VALID = """\
    # a comment
    ["hooks.app_route_order"]
    outcome = "fail"
    reason = "hooks run in another order"
    link = "https://example.org/1"

    ["defaults.passed_to_view"]
    outcome = "fail"
    reason = "every row"

    ["defaults.passed_to_view[/defaults/index-nid=888]"]
    outcome = "skip"
    reason = "crashes"
    when = { flask = ">=2.3,<3.1", werkzeug = "<4" }
"""


def write(tmp_path, text: str, name: str = "expectations.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(tmp_path, text: str, known=KNOWN) -> tuple[str, str]:
    path = write(tmp_path, text)
    with pytest.raises(ExpectationsError) as caught:
        load_expectations(path, known)
    return str(path), str(caught.value)


def versions(**installed):
    return lambda name: installed.get(name)
