"""Run the suite in a subprocess against an app spec and read back its results file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def suite_args(app_spec: str, results: Path, *args: str, paths=(ROOT / "steps",)) -> list[str]:
    """The ``pytest`` arguments of a suite run on ``app_spec`` (the mutant runner uses them too)."""
    return [*map(str, paths), "-q", "-p", "no:cacheprovider",
            f"--conformance-app={app_spec}", f"--conformance-results={results}", *args]


def read_results(results: Path) -> tuple[dict, list[dict]]:
    """The run record and the scenario records of a results file."""
    lines = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    return lines[0], lines[1:]


def run_suite(app_spec: str, results: Path, *args: str, timeout: float = 300, expect_results: bool = True,
              env: dict | None = None) -> tuple[dict, list[dict], str]:
    """Run ``pytest steps`` on ``app_spec``; return the run record, scenario records and output."""
    command = [sys.executable, "-m", "pytest", *suite_args(app_spec, results, *args)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, **(env or {})))
    output = done.stdout + done.stderr
    if not expect_results:
        return {}, [], output
    if not results.exists():
        raise AssertionError(f"the suite wrote no results (exit {done.returncode}):\n{output[-3000:]}")
    return (*read_results(results), output)


def cli(*args, env=None, cwd=ROOT, timeout=300) -> subprocess.CompletedProcess:
    """Run the ``flask-conformance`` command with ``args``."""
    program = "from flask_conformance.cli import main; raise SystemExit(main())"
    command = [sys.executable, "-c", program, *map(str, args)]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=_environment(env))


def _environment(extra: dict | None) -> dict:
    # Not GITHUB_STEP_SUMMARY: under GitHub Actions every self-test run would add its summary
    # to the job's page.
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"}
    return {**environment, **(extra or {})}


def run_marker() -> dict:
    """An environment variable to run a command with, so that processes_with() finds every
    process of that run afterwards (the ones the app started too), whatever their command line."""
    return {"CONFORMANCE_SELFTEST_RUN": uuid.uuid4().hex}


def processes_with(marker: dict) -> list[str]:
    """The command lines of live processes whose environment holds ``marker``."""
    (name, value), = marker.items()
    needle = f"{name}={value}".encode()
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if needle in (proc / "environ").read_bytes():
                found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except OSError:  # gone already, or not ours to read
            continue
    return found


#: How an in-process run reports a @live_only scenario (conformance/plugin.py): not a failure.
LIVE_ONLY_SKIP = "live_only: "


def not_passed(records: list[dict], skips: tuple[str, ...] = (LIVE_ONLY_SKIP,)) -> list[dict]:
    """The records that did not pass, but for the SKIPs whose message holds one of ``skips``: by
    default the @live_only scenarios an in-process run skips."""
    return [r for r in records if r["outcome"] != "PASS"
            and not (r["outcome"] == "SKIP" and any(reason in r["message"] for reason in skips))]
