"""The suite as its users install it: from its wheel, into an environment with other
projects, checking a fork of Flask that is installed last, from a foreign directory.

One environment for the module, in the order a fork's CI goes: the tools, the foreign
projects' runs, the suite's wheel, the same runs again, then the fork.
"""

from __future__ import annotations

import json
import shutil

import pytest

from selftests.installed import FOREIGN, ROOT, Env, build_flask_fork, build_wheel, outcome_lines
from selftests.mutants.sessions import session_cookie_not_httponly
from selftests.suite_runs import not_passed

# The fork turns SESSION_COOKIE_HTTPONLY off, as the mutant session_cookie_not_httponly does:
# it fails exactly the scenarios that mutant names.
FORK_FAILS = set(session_cookie_not_httponly.KILLS)
# The bdd project's unregistered marker is a collection error: the rest of it runs on regardless.
OWN_TESTS = ("pytest", "-rA", "--continue-on-collection-errors")
PROJECT_RUNS = {
    "bdd_project": [OWN_TESTS, ("pytest", "--markers"), ("pytest", "--fixtures")],
    "client_project": [("pytest", "-rA"), ("pytest", "--help")],
    "base_url_project": [("pytest", "-rA")],
}


def _project_runs(env: Env, workdir) -> dict:
    return {(project, command): outcome_lines(env.run(*command, cwd=workdir / project))
            for project, commands in PROJECT_RUNS.items() for command in commands}


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    env = Env(tmp_path_factory.mktemp("venv") / "env")
    env.pip("install", "-c", ROOT / "constraints" / "reference.txt", "pytest", "pytest-bdd", "hypothesis",
            "requests", "waitress", "flask", "packaging", "pytest-base-url")
    return env


@pytest.fixture(scope="module")
def installed(env, tmp_path_factory):
    """The foreign projects' runs before and after the wheel is installed."""
    work = tmp_path_factory.mktemp("foreign")
    shutil.copytree(FOREIGN, work, dirs_exist_ok=True)
    before = _project_runs(env, work)
    env.pip("install", "--no-deps", build_wheel(env, tmp_path_factory.mktemp("wheel")))
    return work, before, _project_runs(env, work)


@pytest.mark.parametrize(("project", "command"), [(p, c) for p, cs in PROJECT_RUNS.items() for c in cs],
                         ids=[f"{p}: {' '.join(c)}" for p, cs in PROJECT_RUNS.items() for c in cs])
def test_other_projects_runs_are_the_same_with_the_suite_installed(installed, project, command):
    _, before, after = installed
    assert after[(project, command)] == before[(project, command)]


def test_foreign_projects_behave_as_their_own_configuration_says(installed):
    _, before, _ = installed
    bdd = before[("bdd_project", OWN_TESTS)]
    assert "'core' not found in `markers` configuration option" in bdd
    assert "PASSED tests/test_shopping.py::test_adding_to_the_basket" in bdd
    assert "PASSED tests/test_hypothesis.py::test_hypothesis_keeps_its_own_settings" in bdd
    assert "PASSED test_client.py::test_own_fixtures" in before[("client_project", ("pytest", "-rA"))]
    base_url = before[("base_url_project", ("pytest", "-rA"))]
    assert "PASSED test_base_url.py::test_base_url_from_pytest_base_url" in base_url


def test_the_installed_suite_runs_from_a_foreign_project_and_ignores_its_configuration(env, installed, tmp_path):
    work, _, _ = installed
    done = env.run("flask-conformance", "run", "-q", "--results", tmp_path / "r.jsonl", cwd=work / "bdd_project")
    records = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert not not_passed(records[1:]) and len(records) > 100
    assert "site-packages/flask_conformance" in records[1]["nodeid"] or records[1]["nodeid"].startswith("test_")
    assert env.run("flask-conformance", "--version").stdout.startswith("flask-conformance ")


def test_a_fork_is_gated_by_its_expectations_file(env, installed, tmp_path):
    work, _, _ = installed
    env.pip("install", "--no-deps", build_flask_fork(env, tmp_path / "fork"))
    project = work / "bdd_project"

    def gate(*args):
        return env.run("flask-conformance", "run", "-q", *args, cwd=project)

    failing = gate("--results", tmp_path / "fork.jsonl")
    assert failing.returncode == 1, failing.stdout[-3000:]
    assert "Flask 3.2.0.dev0 (local " in failing.stdout, failing.stdout[:1000]
    records = [json.loads(line) for line in (tmp_path / "fork.jsonl").read_text().splitlines()]
    assert records[0]["stack"]["flask"]["version"] == "3.2.0.dev0"
    failed = [r["id"] for r in records[1:] if r["outcome"] == "FAIL"]
    assert {scenario_id.split("[")[0] for scenario_id in failed} == FORK_FAILS

    regenerated = env.run("flask-conformance", "expectations", "regenerate", tmp_path / "fork.jsonl")
    assert regenerated.returncode == 0, regenerated.stderr
    expectations = tmp_path / "deviations.toml"
    expectations.write_text(regenerated.stdout)
    refused = gate("--expectations", expectations)
    assert refused.returncode == 2 and "TODO" in refused.stdout + refused.stderr

    expectations.write_text(regenerated.stdout.replace('"TODO: ', '"HttpOnly is off by default in this fork: '))
    passing = gate("--expectations", expectations, "--results", tmp_path / "gated.jsonl")
    assert passing.returncode == 0, passing.stdout[-3000:]
    gated = [json.loads(line) for line in (tmp_path / "gated.jsonl").read_text().splitlines()[1:]]
    assert [r["outcome"] for r in gated].count("XFAIL") == len(failed)
    assert not [r for r in not_passed(gated) if r["outcome"] != "XFAIL"]

    stale = tmp_path / "stale.toml"
    stale.write_text(expectations.read_text() + '\n["hooks.app_route_order"]\noutcome = "fail"\nreason = "stale"\n')
    xpass = gate("--expectations", stale)
    assert xpass.returncode == 1 and "XPASS hooks.app_route_order" in xpass.stdout, xpass.stdout[-3000:]
