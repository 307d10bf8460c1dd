"""Every step line of every scenario matches exactly one step definition.

pytest-bdd silently picks one definition when two patterns match a line, so an
ambiguous vocabulary can make a scenario check something other than what it says.
"""

from __future__ import annotations

import importlib

import pytest
from pytest_bdd.steps import step_function_context_registry

from selftests.feature_files import features, rendered


def _step_modules():
    from flask_conformance import plugin

    return plugin.pytest_plugins  # the list pytest loads


def _definitions():
    modules = _step_modules()
    for name in modules:
        importlib.import_module(name)
    return [c for c in step_function_context_registry.values() if c.step_func.__module__ in modules]


DEFINITIONS = _definitions()
LINES = sorted({
    (step.type, step.name, f"{feature.rel_filename}: {scenario.name}")
    for _, feature in features()
    for template in feature.scenarios.values()
    for scenario in rendered(template)
    for step in scenario.steps
})


@pytest.mark.parametrize(("kind", "line", "where"), LINES, ids=[f"{k} {line}" for k, line, _ in LINES])
def test_step_line_matches_exactly_one_definition(kind, line, where):
    matches = [d for d in DEFINITIONS if d.type in (kind, None) and d.parser.is_matching(line)]
    names = [f"{d.step_func.__module__}:{d.parser.name}" for d in matches]
    assert len(matches) == 1, f"{where}: {kind} {line!r} matches {len(matches)} definitions: {names}"


def test_every_definition_is_used():
    used = {id(d) for d in DEFINITIONS for kind, line, _ in LINES
            if d.type in (kind, None) and d.parser.is_matching(line)}
    unused = [f"{d.step_func.__module__}:{d.parser.name}" for d in DEFINITIONS if id(d) not in used]
    assert not unused, f"step definitions no scenario uses: {unused}"
