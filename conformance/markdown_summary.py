"""``--summary-md PATH`` (or GITHUB_STEP_SUMMARY): a run's summary as Markdown for a CI job page."""

from __future__ import annotations


def write_summary(path: str, run: dict, records: list[dict]) -> None:
    raise NotImplementedError("the Markdown summary is not built yet")
