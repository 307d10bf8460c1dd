"""The matrix as data: one column per results file, rows by area, feature and scenario.

The rows come from the records themselves (area, feature, title), not from the spec installed
here, so results files of other suite versions line up by scenario id: areas in the contract's
order, features and scenarios in the order the first file that has them lists them. The rows
of an outline are one scenario row; its cell counts them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..contract import AREAS
from .results_files import split_id


@dataclass
class Column:
    path: str
    run: dict
    #: scenario id -> row id (None for a plain scenario) -> record
    records: dict[str, dict[str | None, dict]] = field(default_factory=dict)

    #: The file's name, with as many of its folders as it takes to tell it from the other columns'
    #: (``flask22/tmp/results.jsonl`` where every tox env writes a results.jsonl).
    name: str = ""


@dataclass
class ScenarioRow:
    id: str
    title: str


@dataclass
class FeatureRow:
    name: str
    scenarios: list[ScenarioRow] = field(default_factory=list)


@dataclass
class AreaRow:
    name: str
    features: dict[str, FeatureRow] = field(default_factory=dict)

    def scenario_ids(self) -> list[str]:
        return [s.id for f in self.features.values() for s in f.scenarios]


def build_matrix(results: list[tuple[str, dict, list[dict]]]) -> tuple[list[Column], list[AreaRow]]:
    """``results`` are (path, run record, scenario records) per file, in column order."""
    columns, areas, placed = [], {}, set()
    for path, run, records in results:
        column = Column(path, run)
        for record in records:
            scenario_id, row = split_id(record["id"])
            column.records.setdefault(scenario_id, {})[row] = record
            if scenario_id in placed:
                continue
            placed.add(scenario_id)
            area_name = record.get("area") or scenario_id.split(".")[0]
            area = areas.setdefault(area_name, AreaRow(area_name))
            feature_name = record.get("feature") or "(no feature)"
            feature = area.features.setdefault(feature_name, FeatureRow(feature_name))
            feature.scenarios.append(ScenarioRow(scenario_id, record.get("title") or scenario_id))
        columns.append(column)
    _name_columns(columns)
    order = {name: index for index, name in enumerate(AREAS)}
    ordered = sorted(areas.values(), key=lambda a: (order.get(a.name, len(order)), a.name))
    return columns, ordered


def _name_columns(columns: list[Column]) -> None:
    parts = [Path(c.path).parts for c in columns]
    for depth in range(1, max(map(len, parts), default=1) + 1):
        names = ["/".join(p[-depth:]) for p in parts]
        if len(set(names)) == len(names) or depth == max(map(len, parts)):
            break
    for column, name in zip(columns, names, strict=True):
        column.name = name


def records_of(column: Column, scenario_ids: list[str]) -> list[dict]:
    """The records of these scenarios (every outline row) in one column."""
    found = []
    for scenario_id in scenario_ids:
        found.extend(column.records.get(scenario_id, {}).values())
    return found


def differs(columns: list[Column], scenario_id: str) -> bool:
    """Whether the runs disagree on this scenario (one lacks it, or an outcome differs)."""
    seen = {tuple(sorted((row or "", r["outcome"]) for row, r in c.records.get(scenario_id, {}).items()))
            for c in columns}
    return len(seen) > 1
