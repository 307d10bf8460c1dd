"""JUnit XML and Cucumber JSON carry every scenario of the run: UNSUPPORTED ones as skipped with
the reason ``UNSUPPORTED: ...``, the failure as failed, an XPASS as failed, an XFAIL as skipped,
and the scenarios of a child process that was stopped (TIMEOUT, CRASH) too."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from flask_conformance.report_files import complete_report_files

from selftests.report_runs import FAILING, partial_failing_run
from selftests.suite_runs import cli

UNSUPPORTED_REASON = "UNSUPPORTED: the app's manifest does not declare the 'hooks' area"


def _cucumber(path) -> dict:
    """Scenario name (the test's, ``test_<id>``) -> its Cucumber element."""
    features = json.loads(path.read_text(encoding="utf-8"))
    return {element["id"]: element for feature in features for element in feature["elements"]}


def _status(element) -> list[str]:
    return [step["result"]["status"] for step in element["steps"]]


def test_junit_has_every_scenario_and_unsupported_ones_as_skipped_with_the_reason():
    run = partial_failing_run()
    cases = {case.get("name"): case for case in ET.parse(run.folder / "junit.xml").getroot().iter("testcase")}
    assert len(cases) == len(run.records) == 42
    unsupported = [r for r in run.records.values() if r["outcome"] == "UNSUPPORTED"]
    assert len(unsupported) == 26
    for record in unsupported:
        skipped = cases[f"test_{record['id']}"].find("skipped")
        assert skipped is not None and skipped.get("message") == UNSUPPORTED_REASON
    assert cases[f"test_{FAILING}"].find("failure") is not None


def test_cucumber_has_every_scenario_in_the_run_order_and_unsupported_ones_as_skipped():
    run = partial_failing_run()
    elements = _cucumber(run.folder / "cucumber.json")
    assert list(elements) == [f"test_{scenario_id}" for scenario_id in run.records]
    for record in run.records.values():
        element = elements[f"test_{record['id']}"]
        if record["outcome"] == "UNSUPPORTED":
            assert set(_status(element)) == {"skipped"}, element
            assert element["steps"][0]["result"]["error_message"] == UNSUPPORTED_REASON
        elif record["outcome"] == "PASS":
            assert set(_status(element)) == {"passed"}
    assert _status(elements[f"test_{FAILING}"]) == ["passed", "failed", "failed"]
    hooks = json.loads((run.folder / "cucumber.json").read_text())[0]
    assert hooks["uri"].startswith("hooks/") and hooks["keyword"] == "Feature" and hooks["tags"][0]["name"] == "hooks"


def test_cucumber_marks_an_xpass_failed_and_an_xfail_skipped(tmp_path):
    expectations = tmp_path / "deviations.toml"
    expectations.write_text('["strict_slashes.merge_slashes"]\noutcome = "fail"\nreason = "not merged"\n'
                            '["strict_slashes.redirect_308"]\noutcome = "fail"\nreason = "stale"\n')
    cucumber = tmp_path / "cucumber.json"
    done = cli("run", "-q", "--app", "selftests.mutants.strict_slashes.slashes_not_merged:create_app()",
               "--expectations", expectations, "--", "-m", "strict_slashes", f"--cucumberjson={cucumber}")
    assert done.returncode == 1, done.stdout[-2000:]
    elements = _cucumber(cucumber)
    xpass = elements["test_strict_slashes.redirect_308"]
    assert _status(xpass)[-1] == "failed" and set(_status(xpass)[:-1]) == {"passed"}
    assert xpass["steps"][-1]["result"]["error_message"].startswith("XPASS: passed, but it is listed as expected")
    assert "skipped" in _status(elements["test_strict_slashes.merge_slashes[/slashes/a//b]"])


def _shape(path) -> list[tuple]:
    """What the two writers of Cucumber JSON must agree on (not durations, nor the steps after a failure)."""
    return [(feature["uri"], feature["name"], feature["line"], feature["description"], element["id"], element["name"],
             element["line"], element["keyword"], [t["name"] for t in element["tags"]],
             [(s["keyword"], s["name"], s["line"]) for s in element["steps"]], element["steps"][0]["result"]["status"])
            for feature in json.loads(path.read_text(encoding="utf-8")) for element in feature["elements"]]


def test_the_files_the_supervisor_writes_from_the_records_match_the_childs(tmp_path):
    """Read from the feature files by line, as the supervisor does for what no child wrote."""
    run = partial_failing_run()
    complete_report_files([f"--junitxml={tmp_path / 'j.xml'}", "--cucumberjson", str(tmp_path / "c.json")],
                          list(run.records.values()))
    assert _shape(tmp_path / "c.json") == _shape(run.folder / "cucumber.json")

    def cases(path):
        return [(case.get("classname"), case.get("name"),
                 [(p.get("name"), p.get("value")) for p in case.iter("property")],
                 [(e.tag, e.get("message")[:60]) for e in case if e.tag != "properties"])
                for case in ET.parse(path).getroot().iter("testcase")]

    assert cases(tmp_path / "j.xml") == cases(run.folder / "junit.xml")


def test_a_run_that_restarted_after_a_crash_has_every_scenario_in_its_files(tmp_path):
    extra = ["-m", "strict_slashes", f"--junitxml={tmp_path / 'j.xml'}", f"--cucumberjson={tmp_path / 'c.json'}"]
    done = cli("run", "-q", "--app", "selftests.apps.hostile:exits()", "--request-timeout", "0.5",
               "--results", tmp_path / "r.jsonl", "--", *extra)
    assert done.returncode == 1, done.stdout[-2000:]
    records = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text().splitlines()[1:]]
    complete_report_files(extra, records)  # what supervised_run does after the run
    cases = {case.get("name"): case for case in ET.parse(tmp_path / "j.xml").getroot().iter("testcase")}
    assert len(cases) == len(records) == 16
    crash = cases["test_strict_slashes.no_redirect_to_slashless"].find("failure")
    assert crash.get("message").startswith("CRASH: the process that ran the app ended during this scenario")
    elements = _cucumber(tmp_path / "c.json")
    assert list(elements) == [f"test_{r['id']}" for r in records]
    first = elements["test_strict_slashes.no_redirect_to_slashless"]["steps"][0]["result"]
    assert first["status"] == "failed" and first["error_message"].startswith("CRASH: ")
