"""The console summary: a table of outcomes by feature, then every unexpected result."""

from __future__ import annotations

from collections import defaultdict

from .results import OUTCOMES, Result

_BAD = ("FAIL", "ERROR", "XPASS")


def summary_lines(results: list[Result]) -> list[str]:
    """Lines of the summary table (passed/total per feature) and the failures."""
    by_feature: dict[tuple, list[Result]] = defaultdict(list)
    for result in results:
        by_feature[(result.meta.area or "-", result.meta.feature)].append(result)
    shown = [o for o in OUTCOMES if o != "PASS" and any(r.outcome == o for r in results)]
    rows = [("area", "feature", "passed", *shown)]
    for (area, feature), group in sorted(by_feature.items()):
        passed = sum(r.outcome == "PASS" for r in group)
        rows.append((area, feature, f"{passed}/{len(group)}", *(_count(group, o) for o in shown)))
    total_passed = sum(r.outcome == "PASS" for r in results)
    rows.append(("all", "", f"{total_passed}/{len(results)}", *(_count(results, o) for o in shown)))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [str(c).ljust(w) if i < 2 else str(c).rjust(w) for i, (c, w) in pairs]
        lines.append("  ".join(cells).rstrip())
        if index in (0, len(rows) - 2):
            lines.append("  ".join("-" * w for w in widths))
    bad = [r for r in results if r.outcome in _BAD]
    if bad:
        lines.append("")
        lines.append(f"{len(bad)} unexpected result(s):")
        lines.extend(f"  {r.outcome} {r.meta.id}: {r.message.splitlines()[0] if r.message else ''}" for r in bad)
    return lines


def _count(results, outcome) -> str:
    n = sum(r.outcome == outcome for r in results)
    return str(n) if n else "."
