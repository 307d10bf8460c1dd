"""Faster step lookup for suite runs.

For every step of every scenario, pytest-bdd goes through every fixture of the session to
find the step definitions, then tries each against the step's text
(``find_fixturedefs_for_step``): a fifth of a suite run here. In a suite run every step
definition is a session-wide fixture (the step modules are plugins the suite's plugin
loads, visible to every test), so the definitions are the same for every step: they are
listed once per session, and only the matching (the step's type, its pattern) is done per
step. Installed only for ``--conformance-suite-only`` runs, where no other project's
conftest can define steps of its own; if pytest-bdd's internals are not the ones this was
written for (9.x), nothing is changed.
"""

from __future__ import annotations

import importlib

# By module name: the package attribute pytest_bdd.scenario is the scenario() function.
_scenario = importlib.import_module("pytest_bdd.scenario")
_NEEDED = ("find_fixturedefs_for_step", "get_fixture_names", "getfixturedefs", "step_function_context_registry")


def install(config) -> None:
    """Look step definitions up from a list made once for this session (a new session, a new list)."""
    if not all(hasattr(_scenario, name) for name in _NEEDED):
        return
    original = _scenario.find_fixturedefs_for_step
    definitions: list = []  # (fixturedef, step function context), once listed

    def find_fixturedefs_for_step(step, fixturemanager, node):
        if not definitions:
            definitions.extend(_step_definitions(fixturemanager, node))
        for fixturedef, context in definitions:
            if (context.type is None or context.type == step.type) and context.parser.is_matching(step.name):
                yield fixturedef

    _scenario.find_fixturedefs_for_step = find_fixturedefs_for_step
    config.add_cleanup(lambda: setattr(_scenario, "find_fixturedefs_for_step", original))


def _step_definitions(fixturemanager, node) -> list:
    registry = _scenario.step_function_context_registry
    found = []
    for name in _scenario.get_fixture_names(fixturemanager=fixturemanager):
        for fixturedef in _scenario.getfixturedefs(fixturemanager, name, node) or []:
            context = registry.get(fixturedef.func)
            if context is not None:
                found.append((fixturedef, context))
    return found
