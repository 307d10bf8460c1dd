"""Time the mutant self-tests: forked from the zygote, and in a subprocess each (the fallback).

Run: ``python benchmarks/mutant_speed.py [--repeat N] [-k EXPR]``. Each row is one
``pytest selftests/test_mutants.py -k test_mutant_fails_the_scenarios_it_names``, whole
process: pytest's start-up, the zygote's, every mutant's run and its checks; the median of
N rounds, each round running every row in turn. The fallback is forced with
CONFORMANCE_MUTANTS_SUBPROCESS=1. Rows come with PYTHONDONTWRITEBYTECODE=1 (this machine's
setting: what has no bytecode yet is compiled at every start) and unset (bytecode written
once, by a warm-up run, then read). Timings belong here, never in a test.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from selftests.mutant_runs import FORCE_SUBPROCESS  # noqa: E402

RUNNERS = (("fork zygote", {}), ("subprocess each", {FORCE_SUBPROCESS: "1"}))


def _self_tests(extra_env: dict, bytecode: bool, select: str) -> tuple[float, int]:
    env = dict(os.environ, **extra_env)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    tests = "test_mutant_fails_the_scenarios_it_names"
    command = [sys.executable, "-m", "pytest", "selftests/test_mutants.py", "-q", "-p", "no:randomly",
               "-k", f"{tests} and ({select})" if select else tests]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    passed = re.search(r"(\d+) passed", done.stdout)
    if done.returncode != 0 or not passed:
        raise SystemExit(f"the mutant self-tests failed:\n{done.stdout[-3000:]}{done.stderr[-2000:]}")
    return elapsed, int(passed.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("-k", dest="select", help="a pytest -k expression, to time fewer mutants")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.repeat} run(s), "
          f"load average {os.getloadavg()[0]:.2f} at the start\n")
    _self_tests({}, True, args.select)  # write the bytecode once, for the rows that read it
    rows = [(label, extra_env, bytecode) for bytecode in (False, True) for label, extra_env in RUNNERS]
    # Round after round of every row, so that whatever else the machine runs slows them alike.
    times: dict[int, list] = {i: [] for i in range(len(rows))}
    for _ in range(args.repeat):
        for i, (_, extra_env, bytecode) in enumerate(rows):
            times[i].append(_self_tests(extra_env, bytecode, args.select))
    print(f"{'runner':18} {'PYTHONDONTWRITEBYTECODE':>24} {'mutants':>8} {'seconds':>9} {'per mutant':>11}")
    for i, (label, _, bytecode) in enumerate(rows):
        seconds, count = statistics.median(t[0] for t in times[i]), times[i][0][1]
        print(f"{label:18} {'unset' if bytecode else '1':>24} {count:8} {seconds:9.1f} {seconds / count:11.2f}")
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
