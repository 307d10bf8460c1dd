"""The maintenance commands of an expectations file: ``regenerate`` writes one from the results of a
run, ``prune`` removes the entries whose scenarios the suite no longer has."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .spec_index import scenario_ids, why_unknown
from .toml_file import ExpectationsError, parse_toml, read_expectations_text, table_keys

FAILED = ("FAIL", "ERROR")
TODO_LENGTH = 100


@dataclass(frozen=True)
class _Entry:
    outcome: str
    reason: str
    link: str | None = None

    def collapse_key(self) -> tuple:
        # Rows that differ only in their TODO (each its own failure message) still make one outline entry.
        return self.outcome, self.link, "TODO" if self.reason.startswith("TODO") else self.reason


def regenerate(results_path: str | Path, known: dict[str, list[str]] | None = None) -> str:
    """The TOML text of an expectations file for a run: its failures as TODO entries, its expected ones as they were."""
    run, scenarios = _read_results(results_path)
    entries = {record["id"]: entry for record in scenarios if (entry := _entry_for(record)) is not None}
    _collapse_outlines(entries, scenario_ids() if known is None else known)
    return _header(results_path, run) + "".join(_toml_entry(key, entries[key]) for key in sorted(entries))


def _read_results(path: str | Path) -> tuple[dict, list[dict]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        message = f"{path}: no such results file; flask-conformance run --results PATH writes one"
        raise ExpectationsError(message) from None
    records = []
    for number, line in enumerate(text.split("\n"), start=1):
        try:
            record = json.loads(line) if line.strip() else None
        except json.JSONDecodeError as exc:
            raise ExpectationsError(f"{path}:{number}: not a JSON Lines results file: {exc}") from None
        if isinstance(record, dict):
            records.append(record)
    if not records or records[0].get("record") != "run":
        raise ExpectationsError(f'{path}:1: not a results file: its first line must be a {{"record": "run"}} record')
    return records[0], [record for record in records[1:] if record.get("record") == "scenario"]


def _entry_for(record: dict) -> _Entry | None:
    expected = record.get("expected")
    if record.get("outcome") == "XPASS":
        return None  # it passes now: the deviation is gone
    if expected:
        return _Entry(expected["outcome"], expected["reason"], expected.get("link"))
    if record.get("outcome") in FAILED:
        return _Entry("fail", _todo(record.get("message") or ""))
    return None


def _todo(message: str) -> str:
    first_line = message.strip().split("\n")[0].strip() or "the run gave no message"
    if len(first_line) > TODO_LENGTH:
        first_line = first_line[: TODO_LENGTH - 3] + "..."
    return f"TODO: {first_line}"


def _collapse_outlines(entries: dict[str, _Entry], known: dict[str, list[str]]) -> None:
    for outline_id, rows in known.items():
        row_ids = [f"{outline_id}[{row}]" for row in rows]
        row_entries = [entries.get(row_id) for row_id in row_ids]
        if rows and None not in row_entries and len({entry.collapse_key() for entry in row_entries}) == 1:
            for row_id in row_ids:
                del entries[row_id]
            entries[outline_id] = row_entries[0]


def _header(results_path: str | Path, run: dict) -> str:
    facts = [f"{name} {run[name]}" for name in ("app", "flask", "werkzeug") if run.get(name)]
    facts += [f"started {run['started']}"] if run.get("started") else []
    return (
        f"# Expectations regenerated from {results_path} ({', '.join(facts) or 'no run details'}).\n"
        "# Replace every TODO reason with the reason the implementation deviates before using this file\n"
        "# (flask-conformance run --expectations FILE refuses a TODO reason).\n"
    )


def _toml_entry(scenario_id: str, entry: _Entry) -> str:
    lines = [f"[{_toml_string(scenario_id)}]", f"outcome = {_toml_string(entry.outcome)}"]
    lines.append(f"reason = {_toml_string(entry.reason)}")
    lines += [f"link = {_toml_string(entry.link)}"] if entry.link else []
    return "\n" + "\n".join(lines) + "\n"


def _toml_string(value: str) -> str:
    # JSON's string escapes are all TOML basic-string escapes; only DEL, which JSON leaves raw, is
    # refused raw by TOML.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def prune(path: str | Path, known: dict[str, list[str]] | None = None) -> list[str]:
    """Remove the entries whose ids the suite lacks, keeping every other byte; say what was removed."""
    known = scenario_ids() if known is None else known
    text = read_expectations_text(path)
    data = parse_toml(path, text)
    stale = {key: why for key in data if (why := why_unknown(key, known)) is not None}
    if not stale:
        return []
    lines = re.findall(r"[^\n]*\n|[^\n]+\Z", text)  # TOML ends a line at "\n" only, unlike str.splitlines
    removed = [(span, key, number) for span, key, number in _blocks(lines, table_keys(text)) if key in stale]
    dropped = {index for span, _, _ in removed for index in span}
    pruned = "".join(line for index, line in enumerate(lines) if index not in dropped)
    _check_pruned(path, pruned, {key: value for key, value in data.items() if key not in stale}, list(stale))
    with open(path, "w", encoding="utf-8", newline="") as file:
        file.write(pruned)
    first_lines = {key: number for _, key, number in reversed(removed)}
    return [f"removed {json.dumps(key)} (line {first_lines[key]}): {why}" for key, why in stale.items()]


def _blocks(lines: list[str], keys: list[tuple[int, str]]) -> list[tuple[range, str, int]]:
    """(line indexes, key, header line number) of each table: from its leading comments to the next table's."""
    starts = [_leading_comments_start(lines, number - 1) for number, _ in keys]
    ends = starts[1:] + [len(lines)]
    return [(range(start, end), key, number) for start, end, (number, key) in zip(starts, ends, keys, strict=True)]


def _leading_comments_start(lines: list[str], header_index: int) -> int:
    # Only comments directly above (no blank line between) describe the entry; a file's own
    # header comment is kept apart from the first entry by a blank line.
    start = header_index
    while start > 0 and lines[start - 1].lstrip().startswith("#"):
        start -= 1
    return start


def _check_pruned(path: str | Path, pruned: str, expected: dict, stale_ids: list[str]) -> None:
    # The text surgery relies on spotting table headers by their lines; an entry it could not
    # delimit shows up here, and the file is left as it was.
    try:
        remaining = parse_toml(path, pruned)
    except ExpectationsError:
        remaining = None
    if remaining != expected:
        raise ExpectationsError(
            f"{path}: prune could not cut out {', '.join(map(json.dumps, stale_ids))} without touching the other "
            "entries, so the file is unchanged; delete those entries by hand"
        )
