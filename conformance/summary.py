"""The console summary: a block for each unexpected result (where it is, its steps, the message),
the list of them, a table of outcomes by feature, then the expected deviations with their reasons.

UNSUPPORTED scenarios (areas the app's manifest does not declare) are counted apart: the table's
first count is then passed out of the scenarios the app declares, so that a partial
implementation that passes all it declares reads ``5/5`` with ``114`` unsupported, not ``5/119``.
"""

from __future__ import annotations

from collections import defaultdict

from .failure_blocks import clip, failure_block
from .results import OUTCOMES, UNEXPECTED, UNSUPPORTED

#: Blocks shown in full; past these, the one-line list still names every unexpected result.
MAX_BLOCKS = 20
#: Characters of a line of the list of unexpected results.
LIST_LINE = 160


def summary_lines(records: list[dict]) -> list[str]:
    """The lines of the summary of these scenario records (as the results file has them)."""
    lines = []
    bad = [r for r in records if r["outcome"] in UNEXPECTED]
    for record in bad[:MAX_BLOCKS]:
        lines.extend(failure_block(record))
        lines.append("")
    if len(bad) > MAX_BLOCKS:
        lines.extend([f"... and {len(bad) - MAX_BLOCKS} more: the list below names them all", ""])
    if bad:
        lines.append(f"{len(bad)} unexpected result(s):")
        # One line each: the blocks above have the messages in full.
        lines.extend(clip(f"  {r['outcome']} {r['id']}: {_first_line(r['message'])}", LIST_LINE) for r in bad)
        lines.append("")
    lines.extend(_table(records))
    lines.extend(_unsupported_line(records))
    expected = [r for r in records if r.get("expected") and r["outcome"] not in UNEXPECTED]
    if expected:
        lines.append("")
        lines.append(f"{len(expected)} expected deviation(s), from the expectations file:")
        lines.extend(f"  {r['outcome']} {r['id']}: {r['expected']['reason']}" for r in expected)
    return lines


def declared_count(group: list[dict]) -> str:
    """``passed/declared`` of these records: UNSUPPORTED ones are not declared; ``-`` when none is."""
    declared = [r for r in group if r["outcome"] != UNSUPPORTED]
    if not declared and group:
        return "-"
    return f"{sum(r['outcome'] == 'PASS' for r in declared)}/{len(declared)}"


def _table(records: list[dict]) -> list[str]:
    by_feature: dict[tuple, list[dict]] = defaultdict(list)
    for record in records:
        by_feature[(record["area"] or "-", record["feature"])].append(record)
    apart = any(r["outcome"] == UNSUPPORTED for r in records)
    # UNSUPPORTED right after the count it is taken out of; the other outcomes in their order.
    shown = [o for o in OUTCOMES if o not in ("PASS", UNSUPPORTED) and any(r["outcome"] == o for r in records)]
    if apart:
        shown.insert(0, UNSUPPORTED)
    rows = [("area", "feature", "passed/declared" if apart else "passed",
             *("unsupported" if o == UNSUPPORTED else o for o in shown))]
    for (area, feature), group in sorted(by_feature.items()):
        rows.append((area, feature, declared_count(group), *(_count(group, o) for o in shown)))
    rows.append(("all", "", declared_count(records), *(_count(records, o) for o in shown)))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [str(c).ljust(w) if i < 2 else str(c).rjust(w) for i, (c, w) in pairs]
        lines.append("  ".join(cells).rstrip())
        if index in (0, len(rows) - 2):
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _unsupported_line(records: list[dict]) -> list[str]:
    """A partial implementation, said in words under the table."""
    unsupported = [r for r in records if r["outcome"] == UNSUPPORTED]
    if not unsupported:
        return []
    areas = sorted({r["area"] or "-" for r in unsupported})
    return ["", f"{declared_count(records)} declared, {len(unsupported)} unsupported "
                f"(the app's manifest does not declare {', '.join(areas)})"]


def _count(records, outcome) -> str:
    n = sum(r["outcome"] == outcome for r in records)
    return str(n) if n else "."


def _first_line(message: str) -> str:
    return message.splitlines()[0] if message else ""
