"""What a suite run skips of pytest-bdd's and hypothesis' work, and of garbage collection
(conformance/bdd_shortcuts.py, no_code_generator.py, suite_only.py, profiles.py): the same step
definitions are found, pytest-bdd's own choice stands where several match, the code generator's
stand-in replaces only what pytest-bdd's plugin asks of it, garbage is collected again before the
app loads, and no constant of the suite's own modules goes into hypothesis' examples.
test_fixture_arguments.py has the arguments pytest reads of a plain function."""

import ast
import gc
import importlib
import inspect
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from flask_conformance import bdd_shortcuts, no_code_generator, profiles, suite_only

from selftests.one_session import for_one_session

_scenario = importlib.import_module("pytest_bdd.scenario")


class _Parser:
    def __init__(self, *texts):
        self.texts = texts

    def is_matching(self, name):
        return name in self.texts


def _context(step_type, *texts):
    return SimpleNamespace(type=step_type, parser=_Parser(*texts))


@pytest.fixture
def installed(monkeypatch):
    """bdd_shortcuts installed over fake definitions; what pytest-bdd's own lookup was asked."""
    definitions = [("given-a", _context("given", "a")), ("any-b", _context(None, "b")),
                   ("then-b", _context("then", "b"))]
    monkeypatch.setattr(bdd_shortcuts, "_step_definitions", lambda fixturemanager, node: list(definitions))
    asked = []
    monkeypatch.setattr(_scenario, "get_step_function", lambda request, step: asked.append(step.name) or "usual")
    with for_one_session(bdd_shortcuts.install):
        yield SimpleNamespace(definitions=definitions, asked=asked)


def _step(step_type, name):
    return SimpleNamespace(type=step_type, name=name)


_REQUEST = SimpleNamespace(_fixturemanager=None, node=None)


def test_a_step_that_one_definition_matches_gets_that_definition(installed):
    assert _scenario.get_step_function(_REQUEST, _step("given", "a")) is installed.definitions[0][1]
    assert _scenario.get_step_function(_REQUEST, _step("given", "b")) is installed.definitions[1][1]
    assert installed.asked == []


def test_a_step_that_several_or_no_definitions_match_is_looked_up_as_usual(installed):
    assert _scenario.get_step_function(_REQUEST, _step("then", "b")) == "usual"
    assert _scenario.get_step_function(_REQUEST, _step("given", "c")) == "usual"
    assert installed.asked == ["b", "c"]


def test_the_definitions_that_match_are_those_pytest_bdd_would_inject(installed):
    found = list(_scenario.find_fixturedefs_for_step(_step("then", "b"), None, None))
    assert found == ["any-b", "then-b"]


def test_a_signature_is_read_once_per_function_and_stays_right(installed):
    def step(conformance_client, response, optional=1):
        pass

    assert _scenario.get_required_args(step) == ["conformance_client", "response"]
    assert _scenario.signature(step) is _scenario.signature(step)


def test_the_session_ends_with_pytest_bdds_own_functions_back():
    originals = {name: getattr(_scenario, name) for name in bdd_shortcuts._NEEDED}
    with for_one_session(bdd_shortcuts.install):
        assert _scenario.get_step_function is not originals["get_step_function"]
    assert {name: getattr(_scenario, name) for name in bdd_shortcuts._NEEDED} == originals


def test_pytest_bdds_plugin_asks_the_code_generator_only_what_the_stand_in_has():
    source = Path(importlib.import_module("pytest_bdd.plugin").__file__).read_text(encoding="utf-8")
    asked = {node.attr for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "generation"}
    stand_in_has = {"add_options", "cmdline_main"}
    assert asked == stand_in_has


def test_the_stand_in_never_replaces_the_real_generator(monkeypatch):
    real = sys.modules.get(no_code_generator.NAME) or importlib.import_module(no_code_generator.NAME)
    no_code_generator.install()
    assert sys.modules[no_code_generator.NAME] is real
    monkeypatch.delitem(sys.modules, no_code_generator.NAME)
    no_code_generator.install()
    stand_in = sys.modules[no_code_generator.NAME]
    assert stand_in is not real and stand_in.cmdline_main(None) is None and stand_in.add_options(None) is None


def test_the_caller_file_is_the_one_pytest_bdd_would_find():
    def scenario():  # as pytest-bdd's scenario() asks: two frames up is the code that binds
        return _scenario.get_caller_module_path()

    with for_one_session(bdd_shortcuts.install):
        assert scenario() == __file__ == inspect.getframeinfo(sys._getframe(0), context=0).filename


def test_garbage_is_collected_again_before_the_app_loads_only_where_the_child_stopped_it():
    frozen = gc.get_freeze_count()
    suite_only._collect_again()  # collection on: a run outside the suite's child is left as it is
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    gc.disable()
    try:
        suite_only._collect_again()
        assert gc.isenabled() and gc.get_freeze_count() > frozen
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_suite_run_draws_no_constant_from_the_suites_own_modules(monkeypatch):
    from hypothesis.internal.conjecture import providers
    from hypothesis.internal.constants_ast import Constants

    assert any("/conformance/" in (getattr(m, "__file__", None) or "") for m in list(sys.modules.values()))
    monkeypatch.setattr(providers, "_local_constants", Constants())
    monkeypatch.setattr(providers, "_get_local_constants", providers._get_local_constants)
    monkeypatch.setattr(profiles, "_registered", [])
    monkeypatch.setattr(profiles, "_suite_run", [True])
    profiles.register()  # once per process, at start-up or at the first property
    assert len(providers._get_local_constants()) == 0
