"""``flask-conformance run -- -n 2`` (pytest-xdist): the same results file, summary and exit
status as a serial run, also when scenarios fail, and a worker that dies is a CRASH."""

from __future__ import annotations

import json
import re

import pytest

from selftests.suite_runs import cli

pytest.importorskip("xdist")

MUTANT = "selftests.mutants.strict_slashes.automatic_redirects_use_301:create_app()"
AREAS = ("-m", "strict_slashes or redirect_to")


def _run(tmp_path, name, *extra, app=MUTANT):
    results = tmp_path / f"{name}.jsonl"
    done = cli("run", "-q", "--app", app, "--results", results, "--", *AREAS, *extra, timeout=180)
    lines = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    records = {r["id"]: (r["outcome"], r["message"]) for r in lines[1:]}
    summary = done.stdout[done.stdout.index("flask-conformance summary"):]
    return done.returncode, lines[0], records, re.sub(r"[0-9.]+ s\b", "N s", summary)


def test_two_workers_give_what_a_serial_run_gives(tmp_path):
    serial_status, serial_run, serial, serial_summary = _run(tmp_path, "serial")
    status, run, parallel, summary = _run(tmp_path, "parallel", "-n", "2")
    assert (status, serial_status) == (1, 1)
    assert parallel == serial and any(outcome == "FAIL" for outcome, _ in serial.values())
    assert summary.replace("parallel", "serial") == serial_summary
    assert run["counts"] == serial_run["counts"]


def test_a_worker_that_dies_is_a_crash_and_the_run_goes_on(tmp_path):
    status, _, records, _ = _run(tmp_path, "crash", "-n", "2", "--conformance-request-timeout=0.5",
                                 app="selftests.apps.hostile:exits()")
    attacked = records.pop("strict_slashes.no_redirect_to_slashless")
    assert status == 1 and attacked[0] == "CRASH" and "pytest-xdist: worker" in attacked[1]
    assert {outcome for outcome, _ in records.values()} == {"PASS"}
