"""Run flask-conformance against every hostile app of the self-tests, in both transports,
and print what a user sees: exit status, seconds, the outcomes that are not PASS, the first
message, and whether any process was left behind.

Run: ``python benchmarks/hostile_cases.py`` from the repo root (a few minutes). A report,
never a test: the self-tests (test_supervisor.py, test_client_limits.py, test_runs.py)
assert the same cases.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMITS = ["--request-timeout", "0.5", "--scenario-timeout", "3"]
SLASHES = ["--", "-m", "strict_slashes"]
CASES = [
    ("a bare except: around a hang", "selftests.apps.hostile:wedged()", SLASHES),
    ("takes over SIGALRM, then hangs", "selftests.apps.hostile:takes_over_sigalrm()", SLASHES),
    ("os._exit(3) in a request", "selftests.apps.hostile:exits()", SLASHES),
    ("a segfault in a request", "selftests.apps.hostile:segfaults()", SLASHES),
    ("leaves a non-daemon thread", "selftests.apps.hostile:leaks_a_thread()", SLASHES),
    ("a factory that never returns", "selftests.apps.hostile:never_loads()", SLASHES),
    ("hangs, raises, int status", "selftests.apps.misbehaving:create_app()", SLASHES),
    ("hangs on 8 routes", "selftests.apps.hostile_live:hangs_on_eight_routes()",
     ["--", "-m", "defaults or flashing or hooks"]),
    ("no manifest", "selftests.apps.no_manifest:app", SLASHES),
    ("an import error", "selftests.apps.broken_import:app", SLASHES),
    ("a factory that returns None", "selftests.apps.echo:returns_none()", SLASHES),
    ("a factory that raises", "selftests.apps.echo:raises()", SLASHES),
]


def _case(spec: str, transport: str, selection: list[str]) -> tuple[int, float, str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp) / "r.jsonl"
        command = [sys.executable, "-m", "flask_conformance.cli", "run", "-q", "--app", spec, "--transport",
                   transport, *LIMITS, "--results", str(results), *selection]
        started = time.monotonic()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
        seconds = time.monotonic() - started
        records = [json.loads(line) for line in results.read_text().splitlines()[1:]] if results.exists() else []
    others = Counter(r["outcome"] for r in records if r["outcome"] != "PASS")
    first = next((r["message"] for r in records if r["outcome"] != "PASS"), None)
    if first is None:
        lines = [line for line in (done.stdout + done.stderr).splitlines() if line.startswith(("ERROR", "note"))]
        first = lines[0] if lines else ""
    counts = ", ".join(f"{n} {o}" for o, n in others.items()) or f"{len(records)} PASS" if records else "no results"
    return done.returncode, seconds, counts, first.splitlines()[0][:110] if first else ""


def _leftovers(spec: str) -> int:
    found = subprocess.run(["pgrep", "-f", spec.split(":")[0]], capture_output=True, text=True)
    return len(found.stdout.split())


def main() -> int:
    print("| case | transport | exit | seconds | not PASS | first message | left behind |")
    print("| --- | --- | ---: | ---: | --- | --- | ---: |")
    for label, spec, selection in CASES:
        for transport in ("wsgi", "live"):
            status, seconds, counts, message = _case(spec, transport, selection)
            print(f"| {label} | {transport} | {status} | {seconds:.1f} | {counts} | {message} | {_leftovers(spec)} |",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
