"""The console summary: the unexpected results first, a table of outcomes by feature, then
the expected deviations with their reasons."""

from __future__ import annotations

from collections import defaultdict

from .results import OUTCOMES, Result

#: Outcomes that fail the run. An XFAIL or a SKIP an expectations file asked for is expected.
UNEXPECTED = ("FAIL", "ERROR", "XPASS")


def summary_lines(results: list[Result]) -> list[str]:
    """The lines of the summary."""
    lines = []
    bad = [r for r in results if r.outcome in UNEXPECTED]
    if bad:
        lines.append(f"{len(bad)} unexpected result(s):")
        lines.extend(f"  {r.outcome} {r.meta.id}: {_first_line(r.message)}" for r in bad)
        lines.append("")
    lines.extend(_table(results))
    expected = [r for r in results if r.expected is not None and r.outcome not in UNEXPECTED]
    if expected:
        lines.append("")
        lines.append(f"{len(expected)} expected deviation(s), from the expectations file:")
        lines.extend(f"  {r.outcome} {r.meta.id}: {r.expected.reason}" for r in expected)
    return lines


def _table(results: list[Result]) -> list[str]:
    by_feature: dict[tuple, list[Result]] = defaultdict(list)
    for result in results:
        by_feature[(result.meta.area or "-", result.meta.feature)].append(result)
    shown = [o for o in OUTCOMES if o != "PASS" and any(r.outcome == o for r in results)]
    rows = [("area", "feature", "passed", *shown)]
    for (area, feature), group in sorted(by_feature.items()):
        rows.append((area, feature, _passed(group), *(_count(group, o) for o in shown)))
    rows.append(("all", "", _passed(results), *(_count(results, o) for o in shown)))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [str(c).ljust(w) if i < 2 else str(c).rjust(w) for i, (c, w) in pairs]
        lines.append("  ".join(cells).rstrip())
        if index in (0, len(rows) - 2):
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _passed(group: list[Result]) -> str:
    return f"{sum(r.outcome == 'PASS' for r in group)}/{len(group)}"


def _count(results, outcome) -> str:
    n = sum(r.outcome == outcome for r in results)
    return str(n) if n else "."


def _first_line(message: str) -> str:
    return message.splitlines()[0] if message else ""
