"""Every scenario can fail: each mutant fork fails the scenarios it names, and together
the mutants fail every scenario; the unpatched reference app passes them all."""

from __future__ import annotations

import importlib
import pkgutil
from concurrent.futures import ThreadPoolExecutor

import pytest

from selftests import mutants
from selftests.suite_runs import run_suite

MUTANTS = sorted(m.name for m in pkgutil.iter_modules(mutants.__path__))
FAILED = ("FAIL", "ERROR")


def _kills(name):
    return importlib.import_module(f"selftests.mutants.{name}").KILLS


def _area_of(scenario_id):
    return scenario_id.split(".", 1)[0]


def _rows(records, scenario_id):
    """The results of a scenario id: itself, or every example row of an outline."""
    return [r for r in records if r["id"] == scenario_id or r["id"].startswith(scenario_id + "[")]


@pytest.fixture(scope="session")
def mutant_runs(request, tmp_path_factory):
    """Run the selected mutants on the areas their kills are in, two at a time."""
    out = tmp_path_factory.mktemp("mutants")
    selected = sorted({item.callspec.params["mutant"] for item in request.session.items
                       if "mutant" in getattr(getattr(item, "callspec", None), "params", {})})

    def run(name):
        areas = sorted({_area_of(i) for i in _kills(name)})
        return run_suite(f"selftests.mutants.{name}:create_app()", out / f"{name}.jsonl", "-m", " or ".join(areas))

    with ThreadPoolExecutor(2) as pool:
        return dict(zip(selected, pool.map(run, selected), strict=True))


def test_reference_app_passes_every_scenario(baseline):
    _, records, output = baseline
    assert records, output[-2000:]
    failing = [f"{r['id']} {r['outcome']}: {r['message']}" for r in records if r["outcome"] != "PASS"]
    assert not failing, "\n".join(failing)


@pytest.mark.parametrize("mutant", MUTANTS)
def test_mutant_fails_the_scenarios_it_names(mutant, mutant_runs):
    module = importlib.import_module(f"selftests.mutants.{mutant}")
    assert module.__doc__.startswith("Mutant: "), "a mutant's docstring says what it breaks"
    _, records, output = mutant_runs[mutant]
    survivors = []
    for scenario_id in module.KILLS:
        rows = _rows(records, scenario_id)
        if not rows:
            survivors.append(f"{scenario_id}: no such scenario ran")
        survivors += [f"{r['id']} {r['outcome']}" for r in rows if r["outcome"] not in FAILED]
    assert not survivors, f"{mutant} did not fail:\n" + "\n".join(survivors) + "\n" + output[-1500:]


def test_every_scenario_fails_under_some_mutant(baseline):
    _, records, _ = baseline
    killed = {k for name in MUTANTS for k in _kills(name)}
    uncovered = [r["id"] for r in records if r["id"] not in killed and r["id"].split("[")[0] not in killed]
    assert not uncovered, "no mutant fails these scenarios:\n" + "\n".join(uncovered)
