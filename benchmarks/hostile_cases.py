"""Run flask-conformance against every case of the hostile corpus (selftests/hostile_corpus.py)
in both transports, plus the process attacks of test_supervisor.py, and print what a user
sees as a Markdown table: exit status, seconds, the attacked scenario's outcome, the first
line of its message (or why nothing ran), and the processes left behind.

Run: ``python benchmarks/hostile_cases.py`` from the repo root (a few minutes, one case at a
time). A report, never a test: test_hostile_corpus.py and test_supervisor.py assert the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from selftests.hostile_corpus import ATTACKED, CASES, LIMITS, SELECTION, SYNTAX_ERROR_MODULE  # noqa: E402
from selftests.suite_runs import processes_with, run_marker  # noqa: E402

#: test_supervisor.py's cases: (label, app, pytest selection).
PROCESS_CASES = [
    ("leaves a non-daemon thread", "selftests.apps.hostile:leaks_a_thread()", SELECTION),
    ("a factory that never returns", "selftests.apps.hostile:never_loads()", SELECTION),
    ("hangs on 8 routes", "selftests.apps.hostile_live:hangs_on_eight_routes()",
     ("-m", "defaults or flashing or hooks")),
]


def _case(app: str, transport: str, selection) -> tuple[int, float, str, str, int]:
    """Exit status, seconds, the attacked scenario's outcome, its message, processes left behind."""
    with tempfile.TemporaryDirectory() as tmp:
        name, text = SYNTAX_ERROR_MODULE
        (Path(tmp) / name).write_text(text)
        results = Path(tmp) / "r.jsonl"
        command = [sys.executable, "-m", "flask_conformance.cli", "run", "-q", "--app", app, "--transport",
                   transport, *LIMITS, "--results", str(results), "--", *selection]
        started, marker = time.monotonic(), run_marker()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300,
                              env={**os.environ, "PYTHONPATH": tmp, **marker})
        seconds = time.monotonic() - started
        left = len(processes_with(marker))
        lines = [json.loads(line) for line in results.read_text().splitlines()] if results.exists() else []
    if not lines:
        return done.returncode, seconds, "no results", "", left
    records = {r["id"]: r for r in lines[1:]}
    if "refused" in lines[0]:
        return done.returncode, seconds, f"{len(records)} not run", lines[0]["refused"].splitlines()[0], left
    shown = records.get(ATTACKED) or next((r for r in records.values() if r["outcome"] != "PASS"), None)
    failed = sum(r["outcome"] != "PASS" for r in records.values())
    if shown is None:
        return done.returncode, seconds, f"{len(records)} PASS", "", left
    first = next((line for line in shown["message"].splitlines() if line.strip()), "")
    return done.returncode, seconds, f"{shown['outcome']} ({failed}/{len(records)} not PASS)", first, left


def _cell(text: str) -> str:
    return text.replace("|", "\\|")[:140]


def main() -> int:
    print("| case | transport | exit | seconds | attacked scenario | first line of its message | left behind |")
    print("| --- | --- | ---: | ---: | --- | --- | ---: |")
    rows = [(case.name, case.app, SELECTION) for case in CASES] + PROCESS_CASES
    for label, app, selection in rows:
        for transport in ("wsgi", "live"):
            status, seconds, outcome, message, left = _case(app, transport, selection)
            print(f"| {label} | {transport} | {status} | {seconds:.1f} | {outcome} | {_cell(message)} | {left} |",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
