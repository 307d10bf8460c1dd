"""The console summary: the unexpected results first, a table of outcomes by feature, then
the expected deviations with their reasons."""

from __future__ import annotations

from collections import defaultdict

from .results import OUTCOMES, UNEXPECTED


def summary_lines(records: list[dict]) -> list[str]:
    """The lines of the summary of these scenario records (as the results file has them)."""
    lines = []
    bad = [r for r in records if r["outcome"] in UNEXPECTED]
    if bad:
        lines.append(f"{len(bad)} unexpected result(s):")
        lines.extend(f"  {r['outcome']} {r['id']}: {_first_line(r['message'])}" for r in bad)
        lines.append("")
    lines.extend(_table(records))
    expected = [r for r in records if r.get("expected") and r["outcome"] not in UNEXPECTED]
    if expected:
        lines.append("")
        lines.append(f"{len(expected)} expected deviation(s), from the expectations file:")
        lines.extend(f"  {r['outcome']} {r['id']}: {r['expected']['reason']}" for r in expected)
    return lines


def _table(records: list[dict]) -> list[str]:
    by_feature: dict[tuple, list[dict]] = defaultdict(list)
    for record in records:
        by_feature[(record["area"] or "-", record["feature"])].append(record)
    shown = [o for o in OUTCOMES if o != "PASS" and any(r["outcome"] == o for r in records)]
    rows = [("area", "feature", "passed", *shown)]
    for (area, feature), group in sorted(by_feature.items()):
        rows.append((area, feature, _passed(group), *(_count(group, o) for o in shown)))
    rows.append(("all", "", _passed(records), *(_count(records, o) for o in shown)))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [str(c).ljust(w) if i < 2 else str(c).rjust(w) for i, (c, w) in pairs]
        lines.append("  ".join(cells).rstrip())
        if index in (0, len(rows) - 2):
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _passed(group: list[dict]) -> str:
    return f"{sum(r['outcome'] == 'PASS' for r in group)}/{len(group)}"


def _count(records, outcome) -> str:
    n = sum(r["outcome"] == outcome for r in records)
    return str(n) if n else "."


def _first_line(message: str) -> str:
    return message.splitlines()[0] if message else ""
