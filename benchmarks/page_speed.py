"""Time the pages: the report of a full run as ``run --report`` writes it, the spec page and the
matrix of the five version envs, and their sizes.

Run: ``python benchmarks/page_speed.py [--repeat N] [--results R.jsonl]``. Each timing is a fresh
Python process that imports the page module and writes the page, median of N (the supervisor
writes the report in its own process, imports included). "warm" is with the spec model in the
user's cache (spec_cache.py), as after any earlier page or run of the same spec; "cold" has an
empty cache (the first page after the feature files changed: pytest-bdd parses them and
markdown-it renders the catalogue). Without --results, the report is of a full run of the
reference app made here first. Timings belong here, never in a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REPORT = """
import sys, time
started = time.perf_counter()
from flask_conformance.pages.report import write_report
from flask_conformance.pages.results_files import read_results
run, records = read_results(sys.argv[1])
write_report(sys.argv[2], run, records)
print(time.perf_counter() - started)
"""
SPEC = """
import sys, time
started = time.perf_counter()
from flask_conformance.pages.spec import write_spec
write_spec(sys.argv[2])
print(time.perf_counter() - started)
"""
MATRIX = """
import sys, time
started = time.perf_counter()
from flask_conformance.pages.matrix import write_matrix
write_matrix(sys.argv[2], sys.argv[3:])
print(time.perf_counter() - started)
"""


def _time(program: str, args: list[str], cache: Path, cold: bool) -> float:
    if cold:
        for old in cache.glob("flask-conformance/pages/spec-*.json"):
            old.unlink()
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    done = subprocess.run([sys.executable, "-c", program, *args], capture_output=True, text=True, env=env,
                          check=True, cwd=ROOT)
    return float(done.stdout.strip().splitlines()[-1])


def _full_run(folder: Path) -> Path:
    results = folder / "full.jsonl"
    program = "from flask_conformance.cli import main; raise SystemExit(main())"
    done = subprocess.run([sys.executable, "-c", program, "run", "-q", "--results", str(results)],
                          capture_output=True, text=True, cwd=folder)
    if not results.exists():
        raise SystemExit(f"the full run wrote no results:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--results", type=Path, help="a results file to report (default: a full run made here)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp), Path(tmp) / "cache"
        results = args.results or _full_run(folder)
        from selftests.page_runs import version_results

        versions = [str(p) for p in version_results(folder)]
        records = len(results.read_text(encoding="utf-8").splitlines()) - 1
        cases = [("report", REPORT, [str(results), str(folder / "report.html")]),
                 ("spec", SPEC, ["-", str(folder / "spec.html")]),
                 ("matrix (5 envs)", MATRIX, ["-", str(folder / "matrix.html"), *versions])]
        print(f"{records} scenario records; median of {args.repeat} fresh processes, imports included "
              f"({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores)\n")
        print(f"{'page':<18} {'warm s':>8} {'cold s':>8} {'size KB':>8}")
        for name, program, page_args in cases:
            _time(program, page_args, cache, cold=False)  # fill the cache and the bytecode
            warm = statistics.median(_time(program, page_args, cache, cold=False) for _ in range(args.repeat))
            cold = statistics.median(_time(program, page_args, cache, cold=True) for _ in range(args.repeat))
            size = Path(page_args[1]).stat().st_size / 1024
            print(f"{name:<18} {warm:>8.3f} {cold:>8.3f} {size:>8.0f}")


if __name__ == "__main__":
    main()
