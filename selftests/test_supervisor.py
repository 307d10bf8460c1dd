"""flask-conformance run against apps that attack the process they run in
(selftests/apps/hostile.py) in ways the hostile corpus (test_hostile_corpus.py) does not
cover: a thread that keeps the process alive, a factory that never returns, and SIGTERM
to the harness itself. The run ends in bounded time, says what happened, writes its
results, and leaves no process behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from flask_conformance.child import FORCE_SPAWN
from flask_conformance.spec_index import scenario_ids

from selftests.suite_runs import ROOT, cli, processes_with, run_marker

LIMITS = ("--request-timeout", "0.5", "--scenario-timeout", "3")


#: The number of results a strict_slashes run has: one per scenario, one per outline row.
STRICT_SLASHES = sum(len(rows) or 1 for i, rows in scenario_ids().items() if i.startswith("strict_slashes."))


def _records(path) -> dict:
    return {r["id"]: r for r in map(json.loads, path.read_text().splitlines()[1:])}


def test_a_thread_left_running_does_not_keep_the_run_from_ending(tmp_path):
    started, marker = time.monotonic(), run_marker()
    done = cli("run", "-q", "--app", "selftests.apps.hostile:leaks_a_thread()", "--results", tmp_path / "r.jsonl",
               "--", "-m", "strict_slashes", timeout=60, env=marker)
    assert done.returncode == 0 and time.monotonic() - started < 30
    assert "did not exit 5 s after the run (the app left a thread running) and was stopped" in done.stdout
    assert {r["outcome"] for r in _records(tmp_path / "r.jsonl").values()} == {"PASS"}
    assert not processes_with(marker)


@pytest.mark.parametrize("child", ["forked", "fresh interpreter"])
def test_either_kind_of_child_reports_a_crash_alike(tmp_path, child):
    # The child is a fork of the supervisor where os.fork exists, else a fresh interpreter.
    marker = run_marker()
    env = {**marker, FORCE_SPAWN: "1" if child == "fresh interpreter" else ""}
    done = cli("run", "-q", "--app", "selftests.apps.hostile:segfaults()", "--results", tmp_path / "r.jsonl",
               "--", "-m", "strict_slashes", timeout=120, env=env)
    records = _records(tmp_path / "r.jsonl")
    crashed = {i: r["message"] for i, r in records.items() if r["outcome"] != "PASS"}
    assert done.returncode == 1 and len(records) == STRICT_SLASHES, done.stdout[-2000:]
    assert list(crashed) == ["strict_slashes.no_redirect_to_slashless"], crashed
    assert crashed["strict_slashes.no_redirect_to_slashless"].startswith(
        "the process that ran the app ended during this scenario (killed by SIGSEGV)")
    assert not processes_with(marker)


def test_a_factory_that_never_returns_is_stopped(tmp_path):
    started, marker = time.monotonic(), run_marker()
    done = cli("run", "-q", "--app", "selftests.apps.hostile:never_loads()", *LIMITS, "--results",
               tmp_path / "r.jsonl", "--", "-m", "strict_slashes", timeout=60, env=marker)
    assert done.returncode == 2 and time.monotonic() - started < 20
    assert "the app did not load within 3 s (--scenario-timeout)" in done.stdout
    assert {r["outcome"] for r in _records(tmp_path / "r.jsonl").values()} == {"SKIP"}
    assert not processes_with(marker)


@pytest.mark.parametrize("transport", ["wsgi", "live"])
def test_sigterm_to_the_harness_stops_everything_and_reports(tmp_path, transport):
    program = "from flask_conformance.cli import main; raise SystemExit(main())"
    marker = run_marker()
    run = subprocess.Popen(
        [sys.executable, "-c", program, "run", "-q", "--app", "selftests.apps.hostile:wedged()", "--transport",
         transport, "--request-timeout", "60", "--scenario-timeout", "120", "--results", str(tmp_path / "r.jsonl"),
         "--", "-m", "strict_slashes"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env=dict(os.environ, **marker))
    time.sleep(4)  # long enough to be inside the wedged scenario
    run.send_signal(signal.SIGTERM)
    output, _ = run.communicate(timeout=30)
    assert run.returncode == 3, output[-2000:]
    assert "the run was stopped by SIGTERM" in output
    records = _records(tmp_path / "r.jsonl")
    assert len(records) == STRICT_SLASHES
    assert any(r["message"].startswith("not run: the run was stopped") for r in records.values())
    assert not processes_with(marker)
