"""Every scenario can fail: each mutant fork fails the scenarios it names, and together
the mutants fail every scenario; the unpatched reference app passes them all.

The mutants run through selftests.mutant_runs: each in a child forked from one zygote
that imported the suite once (a subprocess each where os.fork is missing), so that no
patch reaches another run, and a run that hangs or crashes fails only its own test.
"""

from __future__ import annotations

import pytest
from flask_conformance.contract import REFERENCE_APP
from flask_conformance.tags import ID_PREFIX

from selftests.feature_files import features
from selftests.mutant_index import MODULES, app_spec, load, mutant_modules
from selftests.mutant_runs import Job, MutantRunner
from selftests.suite_runs import not_passed

MUTANTS = sorted(MODULES)
#: The scenarios that check a real server: a mutant that kills one runs live.
LIVE_ONLY = {t[len(ID_PREFIX):] for _, feature in features() for template in feature.scenarios.values()
             if "live_only" in template.tags for t in template.tags if t.startswith(ID_PREFIX)}
FAILED = ("FAIL", "ERROR")


def _kills(name):
    return load(name).KILLS


def _area_of(scenario_id):
    return scenario_id.split(".", 1)[0]


def _job(name):
    """Run a mutant on the scenarios it kills, every row of an outline whose rows it names (-k takes
    the scenario ids, which never hold one another, but not the characters of some rows). A mutant
    that kills a @live_only scenario runs over a live server: in-process those are skipped."""
    kills = {i.split("[")[0] for i in _kills(name)}
    # On the server it names (SERVER), when the behavior it breaks is one server's.
    server = getattr(load(name), "SERVER", "waitress")
    live = ("--conformance-transport=live", f"--conformance-server={server}") if kills & LIVE_ONLY else ()
    return Job(name, app_spec(name), tuple(sorted({_area_of(i) for i in kills})), scenario_ids=tuple(sorted(kills)),
               extra=live)


def _rows(records, scenario_id):
    """The results of a scenario id: itself, or every example row of an outline."""
    return [r for r in records if r["id"] == scenario_id or r["id"].startswith(scenario_id + "[")]


@pytest.fixture(scope="module")
def mutant_runner(tmp_path_factory):
    """The runner of this module's runs: its zygote ends with the module."""
    runner = MutantRunner(tmp_path_factory.mktemp("mutants"))
    yield runner
    runner.close()


@pytest.fixture(scope="module")
def mutant_runs(request, mutant_runner):
    """Run the selected mutants."""
    selected = sorted({item.callspec.params["mutant"] for item in request.session.items
                       if "mutant" in getattr(getattr(item, "callspec", None), "params", {})})
    return mutant_runner.run([_job(name) for name in selected])


def test_reference_app_passes_every_scenario(baseline):
    _, records, output = baseline
    assert records, output[-2000:]
    failing = [f"{r['id']} {r['outcome']}: {r['message']}" for r in not_passed(records)]
    assert not failing, "\n".join(failing)


@pytest.mark.parametrize("mutant", MUTANTS)
def test_mutant_fails_the_scenarios_it_names(mutant, mutant_runs):
    module = load(mutant)
    assert module.__doc__.startswith("Mutant: "), "a mutant's docstring says what it breaks"
    run = mutant_runs[mutant]
    assert run.problem is None, run.problem
    survivors = []
    for scenario_id in module.KILLS:
        rows = _rows(run.records, scenario_id)
        if not rows:
            survivors.append(f"{scenario_id}: no such scenario ran")
        survivors += [f"{r['id']} {r['outcome']}" for r in rows if r["outcome"] not in FAILED]
    assert not survivors, f"{mutant} did not fail:\n" + "\n".join(survivors) + "\n" + run.output[-1500:]


def test_mutant_names_are_unique_across_areas():
    names = [name for name, _ in mutant_modules()]
    assert sorted(set(names)) == sorted(names), "two areas have a mutant of the same name"


def test_every_mutant_lives_in_an_area_it_breaks():
    misplaced = [module for name, module in mutant_modules()
                 if module.split(".")[2] not in {_area_of(i) for i in _kills(name)}]
    assert not misplaced, "a mutant lives in selftests/mutants/<an area it breaks>/: " + ", ".join(misplaced)


def test_every_scenario_fails_under_some_mutant(baseline):
    _, records, _ = baseline
    killed = {k for name in MUTANTS for k in _kills(name)}
    uncovered = [r["id"] for r in records if r["id"] not in killed and r["id"].split("[")[0] not in killed]
    assert not uncovered, "no mutant fails these scenarios:\n" + "\n".join(uncovered)


def test_no_patch_outlives_its_mutant(mutant_runner, baseline):
    # A mutant that breaks a dozen session scenarios, then the reference app on every area,
    # one after the other from the same zygote: the reference passes what the baseline passed.
    patched = mutant_runner.run([_job("session_wrong_salt")])["session_wrong_salt"]
    assert patched.problem is None and any(r["outcome"] in FAILED for r in patched.records), patched.output[-1500:]
    areas = tuple(sorted({r["area"] for r in baseline[1]}))
    reference = mutant_runner.run([Job("after_a_mutant", REFERENCE_APP, areas)])["after_a_mutant"]
    assert reference.problem is None, reference.problem
    assert sorted(r["id"] for r in reference.records) == sorted(r["id"] for r in baseline[1])
    failing = [f"{r['id']} {r['outcome']}: {r['message']}" for r in not_passed(reference.records)]
    assert not failing, "\n".join(failing)


@pytest.fixture(scope="module")
def broken_runs(mutant_runner):
    """Runs that hang, end their process and crash it, beside a mutant that runs well."""
    cases = "selftests.mutant_runner_cases"
    return mutant_runner.run([
        Job("hangs", f"{cases}:hang()", ("strict_slashes",), timeout=4),
        Job("exits", f"{cases}:exit_early()", ("strict_slashes",)),
        Job("segfaults", f"{cases}:segfault()", ("strict_slashes",)),
        _job("slashes_not_merged"),
    ])


def test_a_run_that_hangs_is_killed_and_fails_alone(broken_runs, mutant_runner):
    problem = broken_runs["hangs"].problem
    assert problem.startswith("mutant hangs: its run did not end within 4 s and was killed;"), problem
    if mutant_runner.forks:  # the zygote has the child dump its threads before the kill
        assert "mutant_runner_cases.py" in problem and " in hang\n" in problem, problem


def test_a_run_that_ends_its_process_fails_alone(broken_runs):
    problem = broken_runs["exits"].problem
    assert problem.startswith("mutant exits: its run ended with exit code 3 and wrote no results;"), problem
    assert "checking selftests.mutant_runner_cases:exit_early()" in problem, problem


def test_a_run_that_crashes_fails_alone(broken_runs):
    problem = broken_runs["segfaults"].problem
    assert problem.startswith("mutant segfaults: its run died with SIGSEGV;"), problem
    assert "Fatal Python error: Segmentation fault" in problem and " in segfault" in problem, problem


def test_a_run_beside_broken_ones_is_unaffected(broken_runs):
    run = broken_runs["slashes_not_merged"]
    assert run.problem is None, run.problem
    assert {r["outcome"] for r in _rows(run.records, "strict_slashes.merge_slashes")} == {"FAIL"}
