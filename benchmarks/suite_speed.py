"""Time the suite: the whole process in-process and live, and the raw cost of its requests.

Run: ``python benchmarks/suite_speed.py [--repeat N]``. Prints a table of median wall
times (with and without PYTHONDONTWRITEBYTECODE, which this machine sets and which
makes every Python start-up recompile) and scenarios per second. Timings belong here,
never in a test.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _suite_run(extra: list[str], bytecode: bool) -> tuple[float, float, int]:
    env = dict(os.environ)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp) / "r.jsonl"
        command = [sys.executable, "-m", "pytest", str(ROOT / "steps"), "-q", "-p", "no:cacheprovider",
                   f"--conformance-results={results}", *extra]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"the suite failed:\n{done.stdout[-3000:]}")
        count = len(results.read_text().splitlines()) - 1
    # pytest's own "passed in N s": the session after start-up (imports, plugins).
    session = float(re.search(r"passed in ([0-9.]+)s", done.stdout).group(1))
    return elapsed, session, count


def _median_run(extra, bytecode, repeat):
    if bytecode:
        _suite_run(extra, True)  # warm the bytecode cache once
    runs = [_suite_run(extra, bytecode) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), runs[0][2]


def _per_request_micros(client, path, n=2000) -> float:
    client.get(path)
    started = time.perf_counter()
    for _ in range(n):
        client.get(path)
    return (time.perf_counter() - started) / n * 1e6


def _raw_costs() -> list[tuple[str, float]]:
    import requests
    from flask_conformance.client import ConformanceClient
    from flask_conformance.loading import load_app
    from flask_conformance.transports.live import LiveServer
    from flask_conformance.transports.wsgi import WSGIAdapter, build_environ

    app = load_app("flask_conformance.reference_app:create_app()")
    prepared = requests.Request("GET", "http://localhost/slashes/dir/").prepare()

    def bare():
        list(app(build_environ(prepared, "", "127.0.0.1"), lambda s, h, e=None: None))

    bare()
    started = time.perf_counter()
    for _ in range(2000):
        bare()
    costs = [("app called directly (WSGI, no client)", (time.perf_counter() - started) / 2000 * 1e6)]
    costs.append(("in-process client, no timeout thread",
                  _per_request_micros(ConformanceClient("http://localhost", WSGIAdapter(app), None), "/slashes/dir/")))
    costs.append(("in-process client, 5 s timeout (interval timer)",
                  _per_request_micros(ConformanceClient("http://localhost", WSGIAdapter(app), 5.0), "/slashes/dir/")))
    server = LiveServer("flask_conformance.reference_app:create_app()")
    try:
        client = ConformanceClient(server.start(), None, 5.0)
        costs.append(("live waitress over TCP (keep-alive)", _per_request_micros(client, "/slashes/dir/", 500)))
    finally:
        server.stop()
    return costs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.repeat} runs\n")
    print(f"{'':32} {'':9} {'whole process':>22} {'pytest session':>22}")
    print(f"{'run':32} {'bytecode':>9} {'seconds':>10} {'per second':>11} {'seconds':>10} {'per second':>11}")
    runs = (("pytest steps (in-process)", []), ("pytest steps --transport live", ["--conformance-transport=live"]))
    for label, extra in runs:
        for bytecode in (True, False):
            whole, session, count = _median_run(extra, bytecode, args.repeat)
            print(f"{label:32} {'on' if bytecode else 'off':>9} {whole:10.2f} {count / whole:11.0f} "
                  f"{session:10.2f} {count / session:11.0f}")
    print(f"({count} scenarios)")
    print(f"\n{'one request to GET /slashes/dir/':52} {'microseconds':>12}")
    for label, micros in _raw_costs():
        print(f"{label:52} {micros:12.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
