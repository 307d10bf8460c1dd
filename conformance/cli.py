"""The ``flask-conformance`` command: run the suite against an app and summarize.

``flask-conformance run [options] [-- pytest args]`` runs pytest on the suite's
scenarios with the plugin's options. Exit status: 0 when no scenario failed or
errored, 1 when one did, 2 for bad usage (an --app that does not load, no manifest).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .contract import REFERENCE_APP
from .transports.serve import SERVERS

ROOT = Path(__file__).resolve().parent.parent
# pytest's exit codes -> ours: tests failed stays 1; usage errors and "no tests" are bad usage.
_EXIT = {0: 0, 1: 1, 2: 1, 3: 1, 4: 2, 5: 2}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="flask-conformance", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="check an app against the suite",
                              description="Check an app against the suite. Arguments after -- go to pytest.")
    run.add_argument("--app", help=f"MODULE:ATTR or MODULE:FACTORY() (default: env CONFORMANCE_APP, "
                                   f"then {REFERENCE_APP})")
    run.add_argument("--transport", choices=("wsgi", "live"),
                     help="wsgi: in-process (default); live: serve the app on 127.0.0.1 and use TCP")
    run.add_argument("--server", choices=SERVERS, help="the WSGI server for --transport live (default waitress)")
    run.add_argument("--base-url", help="check a server already running at this URL")
    run.add_argument("--results", metavar="PATH", help="write the JSON Lines results to PATH")
    run.add_argument("--request-timeout", type=float, metavar="SECONDS",
                     help="per-request timeout (default 5)")
    run.add_argument("--wsgi-lint", action="store_true", default=None,
                     help="in-process: check every call against PEP 3333 (wsgiref.validate)")
    run.add_argument("-q", "--quiet", action="store_true", help="print dots, not one line per scenario")
    return parser


def pytest_arguments(args, extra: list[str]) -> list[str]:
    """The pytest command line for ``args`` (the parsed ``run`` options)."""
    steps = ROOT / "steps"
    if not (steps / "test_strict_slashes.py").exists():
        raise SystemExit(f"flask-conformance: the suite's scenarios are not at {steps}; "
                         f"install the project with 'pip install -e .' from its checkout.")
    argv = [str(steps), "--rootdir", str(ROOT), "-c", str(ROOT / "tox.ini"),
            "-p", "no:cacheprovider", "-q" if args.quiet else "-v"]
    for option in ("app", "transport", "server", "base_url", "results", "request_timeout"):
        value = getattr(args, option)
        if value is not None:
            argv.append(f"--{option.replace('_', '-')}={value}")
    if args.wsgi_lint:
        argv.append("--wsgi-lint")
    return argv + extra


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    args = _parser().parse_args(argv)
    # Like "python -m pytest": the app named by --app is looked up from here.
    sys.path.insert(0, os.getcwd())
    import pytest  # late: --help stays fast

    return _EXIT.get(int(pytest.main(pytest_arguments(args, extra))), 1)


if __name__ == "__main__":
    sys.exit(main())
