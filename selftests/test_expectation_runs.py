"""Whole runs with an expectations file, -k by id, and JUnit XML: what a fork's CI sees.

The mutant slashes_not_merged fails both rows of strict_slashes.merge_slashes; every other
strict_slashes scenario passes under it.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from selftests.suite_runs import cli

MUTANT = "selftests.mutants.strict_slashes.slashes_not_merged:create_app()"
OUTLINE = "strict_slashes.merge_slashes"


def _entry(scenario_id, outcome="fail", reason="merging is off in this fork", extra=""):
    return f'["{scenario_id}"]\noutcome = "{outcome}"\nreason = "{reason}"\n{extra}\n'


def _gate(tmp_path, text, *args, app=MUTANT):
    expectations = tmp_path / "deviations.toml"
    expectations.write_text(text)
    results = tmp_path / "r.jsonl"
    done = cli("run", "-q", "--app", app, "--expectations", expectations, "--results", results,
               *args, "--", "-m", "strict_slashes")
    records = [json.loads(line) for line in results.read_text().splitlines()[1:]] if results.exists() else []
    return done, {r["id"]: r for r in records}


def test_a_listed_failure_is_xfail_and_the_run_passes(tmp_path):
    done, records = _gate(tmp_path, _entry(OUTLINE, extra='link = "https://example.test/1"'))
    assert done.returncode == 0, done.stdout[-2000:]
    rows = [r for i, r in records.items() if i.startswith(OUTLINE + "[")]
    assert len(rows) == 2 and {r["outcome"] for r in rows} == {"XFAIL"}
    assert rows[0]["expected"] == {"outcome": "fail", "reason": "merging is off in this fork",
                                   "link": "https://example.test/1"}
    assert "expected status 308" in rows[0]["message"]
    assert "2 expected deviation(s)" in done.stdout and "XFAIL strict_slashes.merge_slashes[" in done.stdout


def test_a_listed_scenario_that_passes_is_xpass_and_fails_the_run(tmp_path):
    done, records = _gate(tmp_path, _entry(OUTLINE) + _entry("strict_slashes.redirect_308"))
    assert done.returncode == 1
    assert records["strict_slashes.redirect_308"]["outcome"] == "XPASS"
    summary = done.stdout.split("flask-conformance summary", 1)[1]
    assert summary.index("1 unexpected result(s):") < summary.index("area")
    assert "XPASS strict_slashes.redirect_308: passed, but it is listed as expected to fail" in summary


def test_one_row_can_be_listed_without_its_outline(tmp_path):
    done, records = _gate(tmp_path, _entry(OUTLINE + "[/slashes/a//b]"))
    assert done.returncode == 1
    assert records[OUTLINE + "[/slashes/a//b]"]["outcome"] == "XFAIL"
    assert records[OUTLINE + "[/slashes/a///b]"]["outcome"] == "FAIL"


@pytest.mark.parametrize(("when", "status", "outcome"), [
    ('when = { werkzeug = ">=2.2" }', 0, "XFAIL"),
    ('when = { werkzeug = "<2.2" }', 1, "FAIL"),
    ('when = { "not-installed-anywhere" = ">=0" }', 1, "FAIL"),
])
def test_a_condition_on_installed_versions_decides_whether_an_entry_applies(tmp_path, when, status, outcome):
    done, records = _gate(tmp_path, _entry(OUTLINE, extra=when))
    assert done.returncode == status
    assert {r["outcome"] for i, r in records.items() if i.startswith(OUTLINE)} == {outcome}


def test_a_skip_entry_does_not_run_the_scenario(tmp_path):
    done, records = _gate(tmp_path, _entry(OUTLINE, outcome="skip", reason="it hangs this fork"))
    assert done.returncode == 0
    row = records[OUTLINE + "[/slashes/a//b]"]
    assert row["outcome"] == "SKIP" and "it hangs this fork" in row["message"]


@pytest.mark.parametrize(("text", "message"), [
    ('["strict_slashes.merge_slashes"\noutcome = "fail"', "not valid TOML"),
    (_entry("strict_slashes.merge_slash"), 'Did you mean "strict_slashes.merge_slashes"'),
    (_entry(OUTLINE, extra='because = "x"'), 'unknown key "because"'),
    (_entry(OUTLINE, reason="TODO: write why"), "is a TODO left by regenerate"),
])
def test_a_bad_expectations_file_is_a_usage_error_that_names_the_file(tmp_path, text, message):
    done, _ = _gate(tmp_path, text)
    assert done.returncode == 2
    assert "deviations.toml:" in done.stderr + done.stdout and message in done.stderr + done.stdout


def test_a_bundled_file_is_found_by_its_name(tmp_path):
    done = cli("run", "-q", "--expectations", "flask31", "--", "-m", "strict_slashes")
    assert done.returncode == 0 and "expectations: " in done.stdout and "flask31.toml" in done.stdout
    unknown = cli("run", "-q", "--expectations", "flask19")
    assert unknown.returncode == 2 and "bundled names: flask22, flask23, flask30, flask31, flask310" in unknown.stderr


def test_regenerate_then_prune(tmp_path):
    done, _ = _gate(tmp_path, "")
    assert done.returncode == 1
    regenerated = cli("expectations", "regenerate", tmp_path / "r.jsonl")
    assert regenerated.returncode == 0 and f'["{OUTLINE}"]' in regenerated.stdout and "TODO" in regenerated.stdout
    stale = tmp_path / "stale.toml"
    stale.write_text(_entry(OUTLINE) + "# a renamed scenario\n" + _entry("strict_slashes.gone"))
    pruned = cli("expectations", "prune", stale)
    assert pruned.returncode == 0 and 'removed "strict_slashes.gone"' in pruned.stdout
    assert stale.read_text() == _entry(OUTLINE)


def test_k_with_an_id_selects_exactly_that_scenario_and_junit_carries_the_id(tmp_path):
    junit = tmp_path / "junit.xml"
    done = cli("run", "-q", "--results", tmp_path / "r.jsonl", "--", "-k", "hooks.app_route_order",
               f"--junitxml={junit}")
    assert done.returncode == 0, done.stdout[-2000:]
    records = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text().splitlines()[1:]]
    assert [r["id"] for r in records] == ["hooks.app_route_order"]
    case = ET.parse(junit).getroot().find(".//testcase")
    assert case.get("name") == "test_hooks.app_route_order"
    properties = {(p.get("name"), p.get("value")) for p in case.iter("property")}
    assert properties == {("scenario_id", "hooks.app_route_order"), ("spec", "HOOK-1")}


def test_junit_reports_an_expected_failure_as_skipped_not_failed(tmp_path):
    junit = tmp_path / "junit.xml"
    done, _ = _gate(tmp_path, _entry(OUTLINE), f"--results={tmp_path / 'r2.jsonl'}")
    assert done.returncode == 0
    done = cli("run", "-q", "--app", MUTANT, "--expectations", tmp_path / "deviations.toml", "--",
               "-m", "strict_slashes", f"--junitxml={junit}")
    cases = {c.get("name"): c for c in ET.parse(junit).getroot().iter("testcase")}
    row = cases["test_strict_slashes.merge_slashes[/slashes/a//b]"]
    assert row.find("skipped") is not None and row.find("failure") is None
    assert "expected to fail: merging is off in this fork" in row.find("skipped").get("message")
