"""The first lines of a run: what is checked, with which versions from where, and how."""

from __future__ import annotations

from .contract import CONTRACT_VERSION
from .provenance import describe, header_line


def header_lines(state, option) -> list[str]:
    suite = describe("flask-conformance")
    where = option.conformance_base_url or f"{option.conformance_app} ({option.conformance_transport})"
    lines = [
        f"flask-conformance {suite['version'] if suite else '?'}, contract {CONTRACT_VERSION}: checking {where}",
        "stack: " + header_line(state.stack),
    ]
    if state.expectations is not None:
        lines.append(f"expectations: {state.expectations.path} ({len(state.expectations.entries)} active)")
    return lines
