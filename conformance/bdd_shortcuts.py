"""What pytest-bdd does for every scenario and step, done once in suite runs.

For every step of every scenario, pytest-bdd goes through every fixture of the session to
find the step definitions, tries each against the step's text, injects the ones that match
as a temporary fixture and asks pytest for its value (``get_step_function``); then it reads
the step function's signature twice (``_execute_step_function``). Together that was a
seventh of a suite run here. In a suite run every step definition is a session-wide fixture
(the step modules are plugins the suite's plugin loads, visible to every test), so:

- the definitions are listed once per session;
- a step text (with its type) that exactly one definition matches gets that definition's
  context, found once per session and kept; a text that several match goes the usual way,
  so pytest-bdd's own choice among them stands (the self-tests refuse such texts anyway);
- a step function's signature is read once.

And for every scenario it binds, ``scenario()`` asks ``inspect.getframeinfo`` for the file of
its caller (a fiftieth of a run), which it reads only to find the features' folder when none
is given; the suite always gives one (binding.py), so the file is taken from the frame itself.

Installed only for ``--conformance-suite-only`` runs, where no other project's conftest can
define steps of its own; if pytest-bdd's internals are not the ones this was written for
(9.x), nothing is changed.
"""

from __future__ import annotations

import importlib
import sys

# By module name: the package attribute pytest_bdd.scenario is the scenario() function.
_scenario = importlib.import_module("pytest_bdd.scenario")
_NEEDED = ("find_fixturedefs_for_step", "get_step_function", "get_fixture_names", "getfixturedefs",
           "step_function_context_registry", "signature", "get_required_args", "get_caller_module_path")


def install(config) -> None:
    """Do it for this session (a new session, new lists)."""
    if not all(hasattr(_scenario, name) for name in _NEEDED):
        return
    originals = {name: getattr(_scenario, name) for name in _NEEDED}
    definitions: list = []  # (fixturedef, step function context), once listed
    contexts: dict = {}  # (step type, step text) -> the one matching context, or None: look it up as usual

    def matching(step, fixturemanager, node):
        if not definitions:
            definitions.extend(_step_definitions(fixturemanager, node))
        return [(fixturedef, context) for fixturedef, context in definitions
                if (context.type is None or context.type == step.type) and context.parser.is_matching(step.name)]

    def find_fixturedefs_for_step(step, fixturemanager, node):
        for fixturedef, _context in matching(step, fixturemanager, node):
            yield fixturedef

    def get_step_function(request, step):
        key = (step.type, step.name)
        if key not in contexts:
            found = matching(step, request._fixturemanager, request.node)
            contexts[key] = found[0][1] if len(found) == 1 else None
        context = contexts[key]
        return context if context is not None else originals["get_step_function"](request=request, step=step)

    _scenario.find_fixturedefs_for_step = find_fixturedefs_for_step
    _scenario.get_step_function = get_step_function
    _scenario.signature = _read_once(originals["signature"])
    _scenario.get_required_args = _read_once(originals["get_required_args"])
    _scenario.get_caller_module_path = _caller_file
    config.add_cleanup(lambda: [setattr(_scenario, name, value) for name, value in originals.items()])


def _caller_file(depth: int = 2) -> str:
    """The file of the code ``depth`` frames up (pytest-bdd's ``depth``: 0 is this function)."""
    return sys._getframe(depth).f_code.co_filename


def _read_once(read):
    """``read(function)``, worked out once per function (a step function does not change in a session)."""
    known: dict = {}

    def once(function):
        if function not in known:
            known[function] = read(function)
        return known[function]

    return once


def _step_definitions(fixturemanager, node) -> list:
    registry = _scenario.step_function_context_registry
    found = []
    for name in _scenario.get_fixture_names(fixturemanager=fixturemanager):
        for fixturedef in _scenario.getfixturedefs(fixturemanager, name, node) or []:
            context = registry.get(fixturedef.func)
            if context is not None:
                found.append((fixturedef, context))
    return found
