"""The suite's speed per check against Flask's own test suite, measured in one interleaved run.

Run: ``python benchmarks/versus_flask.py [--repeat 5]``. Each round runs Flask's own tests
(from the sdist of the installed Flask, fetched once with ``pip download`` into
~/.cache/flask-conformance-bench, in a venv made there once with the same Python, the same
Flask, Werkzeug, Jinja2 and itsdangerous, and pytest 8: Flask's conftest does not import
under pytest 9) and then ``flask-conformance run -q`` in-process, both as whole processes,
with bytecode writing on (a warm cache) and off (this machine's default, which recompiles
and re-rewrites every start-up). Prints the medians, checks per second and the ratio, both
of the medians and the median of each round's own ratio (its two runs follow each other).
Timings belong here, never in a test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

CACHE = Path.home() / ".cache" / "flask-conformance-bench"


def flask_tests() -> Path:
    """The tests/ folder of the installed Flask's sdist, downloaded and unpacked once."""
    release = version("flask")
    unpacked = CACHE / f"flask-{release}"
    if not (unpacked / "tests").is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        f"flask=={release}", "-d", str(CACHE)], check=True)
        with tarfile.open(CACHE / f"flask-{release}.tar.gz") as sdist:
            sdist.extractall(CACHE, filter="data")
    return unpacked / "tests"


def flask_python() -> Path:
    """A venv for Flask's own tests: this Python, this stack, pytest 8 (made once)."""
    venv = CACHE / f"venv-flask-{version('flask')}"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        stack = [f"{name}=={version(name)}" for name in ("flask", "werkzeug", "jinja2", "itsdangerous", "markupsafe")]
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "pytest>=8,<9", "asgiref", "python-dotenv",
                        *stack], check=True)
    return python


def _env(bytecode: bool) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _timed(command: list[str], cwd: Path, bytecode: bool, allowed=(0,)) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=_env(bytecode))
    elapsed = time.perf_counter() - started
    if done.returncode not in allowed:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout[-3000:]}{done.stderr[-2000:]}")
    return elapsed, done.stdout


def flask_run(python: Path, tests: Path, bytecode: bool) -> tuple[float, int]:
    command = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)]
    # Exit 1 allowed: a test of Flask 3.1.3 fails with Werkzeug 3.1.8 (test_bad_environ_raises_bad_request);
    # every test that ran, passed or failed, is a check.
    elapsed, output = _timed(command, tests.parent, bytecode, allowed=(0, 1))
    return elapsed, sum(int(n) for n in re.findall(r"(\d+) (?:passed|failed)", output.splitlines()[-1]))


def suite_run(bytecode: bool) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp) / "r.jsonl"
        command = [sys.executable, "-m", "flask_conformance.cli", "run", "-q", "--results", str(results)]
        elapsed, _ = _timed(command, Path(tmp), bytecode)
        records = [json.loads(line) for line in results.read_text().splitlines()[1:]]
    return elapsed, sum(r["outcome"] == "PASS" for r in records)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    tests, python = flask_tests(), flask_python()
    for bytecode in (True, False):  # warm the caches (bytecode, the page cache) once
        flask_run(python, tests, bytecode)
        suite_run(bytecode)
    times: dict[tuple[str, bool], list[float]] = {}
    counts: dict[str, int] = {}
    for _ in range(args.repeat):
        for bytecode in (True, False):
            for name, run in (("flask", lambda b: flask_run(python, tests, b)), ("suite", suite_run)):
                elapsed, counts[name] = run(bytecode)
                times.setdefault((name, bytecode), []).append(elapsed)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, Flask {version('flask')}, "
          f"interleaved, median of {args.repeat}\n")
    print(f"{'run':44} {'bytecode':>8} {'checks':>7} {'seconds':>8} {'per second':>11}")
    rate = {}
    for bytecode in (True, False):
        for name, label in (("flask", "Flask's own tests"), ("suite", "flask-conformance run (in-process)")):
            median = statistics.median(times[name, bytecode])
            rate[name, bytecode] = counts[name] / median
            print(f"{label[:44]:44} {'on' if bytecode else 'off':>8} {counts[name]:7} {median:8.2f} "
                  f"{rate[name, bytecode]:11.0f}")
    for bytecode in (True, False):
        ratio = rate["suite", bytecode] / rate["flask", bytecode]
        # Each round's two runs follow each other: their ratio cancels the machine's slower
        # and faster minutes, which the medians of all rounds keep.
        paired = statistics.median(flask / suite * counts["suite"] / counts["flask"] for flask, suite in
                                   zip(times["flask", bytecode], times["suite", bytecode], strict=True))
        print(f"suite / Flask, checks per second, bytecode {'on' if bytecode else 'off'}: {ratio:.2f} "
              f"(ratio of the medians), {paired:.2f} (median of the rounds' ratios)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
