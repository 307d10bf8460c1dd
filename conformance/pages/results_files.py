"""Reading a results file (JSON Lines: a ``run`` record, then ``scenario`` records) for a page,
with an error that names the file and the line when it is not one."""

from __future__ import annotations

import json
from pathlib import Path


def read_results(path: str | Path) -> tuple[dict, list[dict]]:
    """The run record and the scenario records of ``path``; ValueError when it is no results file."""
    run, records = None, []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: not a JSON line ({exc}); is it a results file of "
                                 "flask-conformance run --results?") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{number}: a results line is a JSON object, this is {type(record).__name__}")
            if record.get("record") == "run" and run is None:
                run = record
            elif record.get("record") == "scenario" and isinstance(record.get("id"), str):
                records.append(record)
    if run is None:
        raise ValueError(f"{path}: no run record; is it a results file of flask-conformance run --results?")
    return run, records


def split_id(record_id: str) -> tuple[str, str | None]:
    """``area.name[row]`` into the scenario id and the row id (None for a plain scenario)."""
    if record_id.endswith("]") and "[" in record_id:
        scenario_id, _, row = record_id[:-1].partition("[")
        return scenario_id, row
    return record_id, None
