"""``flask-conformance run --report report.html``: the spec page with a run's outcomes."""

from __future__ import annotations


def write_report(path: str, run: dict, records: list[dict]) -> None:
    raise NotImplementedError("the run report is not built yet")
