"""Every scenario id of the suite and the row ids of its outlines, read from the feature files.

The ids are the ones the results file and an expectations file use: ``<area>.<name>`` from a
scenario's ``@id:`` tag, and for a Scenario Outline one ``<area>.<name>[<row id>]`` per
Examples row. The features are parsed with pytest-bdd's own parser, and a row id is built the
way pytest-bdd builds its param id, so the index always agrees with what a run collects.
"""

from __future__ import annotations

import json
from pathlib import Path

from pytest_bdd.parser import FeatureParser

from .paths import FEATURES
from .tags import ID_PREFIX


def scenario_ids(features_dir: Path | None = None) -> dict[str, list[str]]:
    """Map every scenario id to the row ids of its outline (an empty list for a plain scenario)."""
    base_dir = Path(FEATURES if features_dir is None else features_dir)
    index: dict[str, list[str]] = {}
    for feature_path in sorted(base_dir.rglob("*.feature")):
        feature = FeatureParser(str(base_dir), str(feature_path.relative_to(base_dir))).parse()
        for template in feature.scenarios.values():
            scenario_id = _id_of(template.tags)
            if scenario_id is not None:
                index[scenario_id] = _row_ids(template)
    return index


def _id_of(tags: set[str]) -> str | None:
    # A scenario without an @id: tag has no stable id (the feature lint refuses it), so no
    # expectation can name it.
    return next((tag[len(ID_PREFIX):] for tag in sorted(tags) if tag.startswith(ID_PREFIX)), None)


def _row_ids(template) -> list[str]:
    # The same join as pytest_bdd.scenario.collect_example_parametrizations.
    return ["-".join(context.values()) for examples in template.examples for context in examples.as_contexts()]


def why_unknown(scenario_id: str, known: dict[str, list[str]]) -> str | None:
    """None when the suite has this scenario, outline or row; else what is wrong with the id."""
    outline_id, bracket, rest = scenario_id.partition("[")
    if not bracket:
        return None if scenario_id in known else "no such scenario"
    if outline_id not in known or not rest.endswith("]"):
        return "no such scenario"
    rows, row = known[outline_id], rest[:-1]
    if row in rows:
        return None
    if not rows:
        return f"{json.dumps(outline_id)} is a plain scenario, it has no rows; name it without [...]"
    return f"{json.dumps(outline_id)} has no row {json.dumps(row)}; its rows are {', '.join(map(json.dumps, rows))}"
