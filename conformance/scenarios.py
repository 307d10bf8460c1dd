"""What the harness knows about one collected scenario: its id, feature, area and tags."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from pytest_bdd.scenario import scenario_wrapper_template_registry

from .contract import AREAS

META = pytest.StashKey["ScenarioMeta"]()
#: The expectation (from the run's expectations file) that applies to a scenario item.
EXPECTED = pytest.StashKey["Expectation"]()


@dataclass(frozen=True)
class ScenarioMeta:
    id: str
    title: str
    feature: str
    feature_file: str  # relative to features/, as pytest-bdd names it
    line: int  # of the Scenario (or Scenario Outline) line in that file
    area: str | None
    tags: tuple[str, ...]
    specs: tuple[str, ...]


def describe(item) -> ScenarioMeta | None:
    """The metadata of a pytest-bdd scenario item, or None for any other test."""
    template = scenario_wrapper_template_registry.get(getattr(item, "obj", None))
    if template is None:
        return None
    id_marker = item.get_closest_marker("scenario_id")
    base_id = id_marker.args[0] if id_marker else f"(no id) {template.name}"
    callspec = getattr(item, "callspec", None)
    scenario_id = f"{base_id}[{callspec.id}]" if callspec else base_id
    names = {m.name for m in item.iter_markers()} - {"scenario_id", "spec_ref", "parametrize", "usefixtures"}
    area = next((a for a in AREAS if a in names), None)
    return ScenarioMeta(
        id=scenario_id,
        title=template.name,
        feature=template.feature.name,
        feature_file=template.feature.rel_filename.replace("\\", "/"),
        line=template.line_number,
        area=area,
        tags=tuple(sorted(names)),
        specs=tuple(sorted(m.args[0] for m in item.iter_markers("spec_ref"))),
    )


def annotate(items) -> list:
    """Stash metadata on each scenario item and give JUnit XML its id and catalogue ids;
    return the scenarios."""
    scenarios = []
    for item in items:
        meta = describe(item)
        if meta is None:
            continue
        item.stash[META] = meta
        item.user_properties.append(("scenario_id", meta.id))
        item.user_properties.extend(("spec", spec) for spec in meta.specs)
        scenarios.append(item)
    return scenarios
