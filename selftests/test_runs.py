"""Whole runs of the suite: the CLI's exit status, the results file, misbehaving and partial apps."""

from __future__ import annotations

import json

import pytest
from flask_conformance import __version__ as conformance_version
from flask_conformance.cli import _parser, pytest_arguments

from selftests.suite_runs import cli, not_passed, run_suite

RUN_FIELDS = {"record", "format", "suite_version", "contract_version", "app", "base_url", "transport",
              "implementation", "areas", "python", "flask", "werkzeug", "started", "duration", "counts"}
SCENARIO_FIELDS = {"record", "id", "feature", "area", "title", "tags", "spec", "outcome", "message"}


def test_results_file_has_a_run_record_then_one_record_per_scenario(baseline):
    run, records, _ = baseline
    assert RUN_FIELDS <= set(run) and run["record"] == "run" and run["transport"] == "wsgi"
    assert run["counts"]["PASS"] == len(records) - len([r for r in records if r["outcome"] == "SKIP"])
    assert not not_passed(records)
    assert all(SCENARIO_FIELDS <= set(r) and r["record"] == "scenario" for r in records)
    assert len({r["id"] for r in records}) == len(records), "ids are unique"


def test_cli_run_passes_on_the_reference_app_and_prints_the_summary(tmp_path):
    done = cli("run", "-q", "--results", str(tmp_path / "r.jsonl"), "--", "-m", "strict_slashes")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "flask-conformance summary" in done.stdout
    assert "warning" not in done.stdout.lower(), done.stdout[-2000:]
    assert "strict_slashes  Redirect to the trailing-slash URL" in done.stdout
    header = json.loads((tmp_path / "r.jsonl").read_text().splitlines()[0])
    assert header["app"] == "flask_conformance.reference_app:create_app()"


@pytest.mark.parametrize(("app", "message"), [
    ("no_such_module:app", "no module named 'no_such_module'"),
    ("selftests.apps.echo:create_app", "did you mean 'selftests.apps.echo:create_app()'?"),
    ("selftests.apps.no_manifest:app", "without a manifest"),
])
def test_cli_exits_2_when_the_app_cannot_be_checked(app, message):
    done = cli("run", "-q", "--app", app)
    assert done.returncode == 2, done.stdout[-2000:] + done.stderr[-2000:]
    assert message in done.stdout + done.stderr


def test_cli_takes_the_app_from_the_environment():
    done = cli("run", "-q", env={"CONFORMANCE_APP": "selftests.apps.no_manifest:app"})
    assert done.returncode == 2 and "without a manifest" in done.stdout + done.stderr


def test_cli_exits_1_when_a_scenario_fails():
    done = cli("run", "-q", "--app", "selftests.mutants.strict_slashes.slashes_not_merged:create_app()",
               "--", "-m", "strict_slashes")
    assert done.returncode == 1
    assert "FAIL strict_slashes.merge_slashes[/slashes/a//b]" in done.stdout


def test_a_misbehaving_app_fails_its_scenarios_and_the_run_goes_on(tmp_path):
    _, records, output = run_suite("selftests.apps.misbehaving:create_app()", tmp_path / "r.jsonl",
                                   "-m", "strict_slashes", "--conformance-request-timeout=0.5")
    by_id = {r["id"]: r for r in records}
    hang = by_id["strict_slashes.no_redirect_to_slashless"]
    assert hang["outcome"] == "FAIL" and "did not answer GET /slashes/file/ within 0.5 s" in hang["message"]
    crash = by_id["strict_slashes.rule_not_strict[/slashes/loose/-loose]"]
    assert crash["outcome"] == "FAIL" and "the app raised RuntimeError: the app fell over" in crash["message"]
    broken = by_id["strict_slashes.rule_not_strict[/slashes/loose-dir-loose-dir]"]
    assert broken["outcome"] == "FAIL" and "the status is int 200, not str" in broken["message"]
    others = [r for r in records if r["id"] not in (hang["id"], crash["id"], broken["id"])]
    assert others and all(r["outcome"] == "PASS" for r in others), output[-2000:]


def test_areas_missing_from_the_manifest_are_unsupported(tmp_path):
    _, records, _ = run_suite("selftests.apps.partial:create_app()", tmp_path / "r.jsonl")
    outcomes = {(r["area"], r["outcome"]) for r in records}
    assert ("strict_slashes", "PASS") in outcomes
    assert {o for a, o in outcomes if a != "strict_slashes"} == {"UNSUPPORTED"}
    unsupported = next(r for r in records if r["outcome"] == "UNSUPPORTED")
    assert "does not declare the" in unsupported["message"]


def test_an_area_the_suite_does_not_know_is_a_note_not_an_error():
    done = cli("run", "-q", "--app", "selftests.apps.hostile_answers:manifest('an unknown area')", "--",
               "-m", "strict_slashes")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "note: the manifest declares areas this suite does not check: teleportation" in done.stdout


def test_the_thorough_hypothesis_profile_can_be_chosen(tmp_path):
    run, records, output = run_suite("flask_conformance.reference_app:create_app()", tmp_path / "r.jsonl",
                                     "--hypothesis-profile=conformance-thorough", "-m", "strict_slashes")
    assert records and all(r["outcome"] == "PASS" for r in records), output[-2000:]


def test_a_run_leaves_the_directory_it_runs_in_as_it_was(tmp_path):
    # A property scenario makes hypothesis write its files: they go to the user's cache.
    work, cache = tmp_path / "project", tmp_path / "cache"
    work.mkdir()
    done = cli("run", "-q", "--", "-k", "any_payload_round_trips", cwd=work, env={"XDG_CACHE_HOME": str(cache)})
    assert done.returncode == 0, done.stdout[-2000:]
    assert list(work.iterdir()) == []
    assert (cache / "flask-conformance" / "hypothesis").is_dir()


@pytest.mark.parametrize(("extra", "loaded"), [
    ((), ["flask_conformance.plugin", "pytest_bdd.plugin"]),
    (("-n", "2"), ["flask_conformance.plugin", "pytest_bdd.plugin", "xdist.plugin"]),
    (("--hypothesis-show-statistics",), ["flask_conformance.plugin", "pytest_bdd.plugin", "_hypothesis_pytestplugin"]),
])
def test_a_run_loads_only_the_suites_plugins_and_those_its_options_need(extra, loaded):
    # The child runs with PYTEST_DISABLE_PLUGIN_AUTOLOAD: these are all the plugins it loads.
    args = _parser().parse_args(["run"])
    command = pytest_arguments(args, list(extra))
    assert [command[i + 1] for i, arg in enumerate(command) if arg == "-p"] == loaded


def test_version_and_help_are_plain_text():
    version = cli("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"flask-conformance {conformance_version}"
    for command in ((), ("run",), ("expectations", "regenerate")):
        shown = cli(*command, "--help")
        assert shown.returncode == 0 and "usage: flask-conformance" in shown.stdout
        assert "``" not in shown.stdout and ":param" not in shown.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("--request-timeout", "-1"), "'-1' is not a number of seconds from 0.01 to 3600"),
    (("--request-timeout", "inf"), "'inf' is not a number of seconds"),
    (("--request-timeout", "nan"), "'nan' is not a number of seconds"),
    (("--request-timeout", "0"), "'0' is not a number of seconds"),
    (("--request-timeout", "0.000001"), "'0.000001' is not a number of seconds"),
    (("--base-url", "127.0.0.1:8000"), "is not an http:// or https:// URL of a host"),
    (("--base-url", "http://127.0.0.1:99999"), "is not a URL (Port out of range 0-65535)"),
    (("--results", "/no/such/folder/r.jsonl"), "the folder /no/such/folder does not exist"),
    (("--", "selftests"), "takes no paths; select scenarios with -- -k <id> or -- -m <area>"),
])
def test_a_bad_option_value_stops_the_run_before_any_scenario(args, message):
    done = cli("run", "-q", *args)
    assert done.returncode == 2 and message in done.stderr + done.stdout
    assert "passed" not in done.stdout and "flask-conformance summary" not in done.stdout


def test_the_plugins_own_options_are_checked_too(tmp_path):
    _, _, output = run_suite("selftests.apps.echo:app", tmp_path / "r.jsonl", "--conformance-request-timeout=-1",
                             expect_results=False)
    assert "argument --conformance-request-timeout: '-1' is not a number of seconds" in output


def test_an_interrupted_run_exits_3():
    done = cli("run", "-q", "--app", "selftests.apps.interrupting:create_app()")
    assert done.returncode == 3, done.stdout[-2000:] + done.stderr[-2000:]


def test_the_order_is_recorded(baseline):
    run, _, _ = baseline
    assert run["order"] == {"shuffled": False}
