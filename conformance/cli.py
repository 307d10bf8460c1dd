"""The flask-conformance command: run the suite against an app, and keep expectation files.

Exit status of run: 0 when every result is expected (passes, and the failures an
expectations file lists), 1 when some result is unexpected (a failure, an error, or a
listed scenario that passes), 2 for bad usage or an app that cannot be checked (a bad
option value, an app that does not load, no manifest, a bad expectations file), 3 when
the harness itself failed or was interrupted.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .contract import REFERENCE_APP
from .option_values import deadline, http_url, seconds, writable_file
from .options import PREFIX
from .page_commands import add_page_commands, run_page_command
from .paths import STEPS, SUITE_INI
from .supervised_run import supervised_run
from .transports import SERVERS

_RUN_OPTIONS = ("app", "transport", "server", "base_url", "results", "request_timeout", "expectations", "shuffle")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flask-conformance",
        description="Check a WSGI app against the flask-conformance spec, and keep expectation files.")
    parser.add_argument("--version", action="version", version=f"flask-conformance {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="check an app against the suite",
                              description="Check an app against the suite. Arguments after -- go to pytest "
                                          "(for example -- -k hooks.app_route_order).")
    run.add_argument("--app", help=f"MODULE:ATTR or MODULE:FACTORY() (default: env CONFORMANCE_APP, "
                                   f"then {REFERENCE_APP})")
    run.add_argument("--transport", choices=("wsgi", "live"),
                     help="wsgi: in-process (default); live: serve the app on 127.0.0.1 and use TCP")
    run.add_argument("--server", choices=SERVERS, help="the WSGI server for --transport live (default waitress)")
    run.add_argument("--base-url", type=http_url, help="check a server already running at this URL")
    run.add_argument("--expectations", metavar="FILE",
                     help="a TOML file of deliberate deviations, or a bundled name (flask22, flask23, flask30, "
                          "flask310, flask31): listed failures are expected, listed passes fail the run")
    run.add_argument("--results", metavar="PATH", type=writable_file, help="write the JSON Lines results to PATH")
    run.add_argument("--request-timeout", type=seconds, metavar="SECONDS", help="per-request timeout (default 5)")
    run.add_argument("--scenario-timeout", type=seconds, metavar="SECONDS",
                     help="a scenario (or loading the app) that takes longer is stopped: TIMEOUT, and the run "
                          "goes on in a fresh process (default 10 times the request timeout, at least 10)")
    run.add_argument("--deadline", type=deadline, metavar="SECONDS", default=1800.0,
                     help="the whole run ends after this long; what did not run is reported (default 1800)")
    run.add_argument("--shuffle", type=int, metavar="SEED",
                     help="run in an order shuffled with SEED (recorded in the results); the same SEED, the same order")
    run.add_argument("--wsgi-lint", action="store_true", default=None,
                     help="in-process: check every call against PEP 3333 (wsgiref.validate)")
    run.add_argument("--report", metavar="PATH", type=writable_file,
                     help="write the run's report, the spec page with every scenario's outcome, to PATH (HTML)")
    run.add_argument("--summary-md", metavar="PATH", type=writable_file,
                     help="write a Markdown summary for a CI job page to PATH (default: $GITHUB_STEP_SUMMARY if set)")
    run.add_argument("-q", "--quiet", action="store_true", help="print dots, not one line per scenario")
    _add_expectation_commands(commands)
    add_page_commands(commands)
    return parser


def _add_expectation_commands(commands) -> None:
    group = commands.add_parser("expectations", help="write or tidy an expectations file",
                                description="Write or tidy an expectations file.")
    tools = group.add_subparsers(dest="tool", required=True)
    regenerate = tools.add_parser("regenerate", help="print an expectations file for a run's unexpected results",
                                  description="Print (to stdout) an expectations file listing the failures of "
                                              "a results file; write the TODO reasons before using it.")
    regenerate.add_argument("results", metavar="RESULTS.jsonl")
    prune = tools.add_parser("prune", help="remove the ids the suite no longer has",
                             description="Remove from FILE the entries whose scenario ids the suite no longer "
                                         "has, and say which.")
    prune.add_argument("file", metavar="FILE")


def pytest_arguments(args, extra: list[str]) -> list[str]:
    """The pytest command line for ``args`` (the parsed ``run`` options).

    The suite's own ini (-c) and rootdir keep the directory the command runs in (a
    fork's checkout with its own pytest.ini, conftest.py and addopts) out of the run.
    Only the suite's plugins load (PLUGINS): the run's order is the feature files' order and
    its results the same whatever the environment holds (an app whose behavior depends on
    order must fail the same way every run).
    """
    argv = [str(STEPS), "-c", str(SUITE_INI), "--rootdir", str(STEPS), *_plugin_arguments(extra),
            PREFIX + "suite-only", "-q" if args.quiet else "-v"]
    for option in _RUN_OPTIONS:
        value = getattr(args, option)
        if value is not None:
            argv.append(f"{PREFIX}{option.replace('_', '-')}={value}")
    if args.wsgi_lint:
        argv.append(PREFIX + "wsgi-lint")
    if not any(arg.startswith("--tb") for arg in extra):
        # The summary's failure blocks say what each failure was; pytest's tracebacks of the
        # suite's own frames would bury them: they come with -- -v (long) or -- --tb=STYLE.
        argv.append("--tb=long" if any(arg in ("--verbose", "-v", "-vv", "-vvv") for arg in extra) else "--tb=no")
    return argv + extra


#: The pytest plugins a run loads. The child runs with PYTEST_DISABLE_PLUGIN_AUTOLOAD, so that
#: the plugins installed beside the suite (pytest-randomly reordering, pytest-rerunfailures
#: retrying, a framework's plugin failing on its settings) neither change a run's results nor
#: cost its start-up: a run loads these, and what ``-- -p NAME`` names.
PLUGINS = ("flask_conformance.plugin", "pytest_bdd.plugin")
#: Plugins loaded when one of their options is given after --.
ON_DEMAND = {"_hypothesis_pytestplugin": ("--hypothesis",), "xdist.plugin": ("-n", "--numprocesses", "--dist", "--tx")}


def _plugin_arguments(extra: list[str]) -> list[str]:
    wanted = [*PLUGINS, *(plugin for plugin, options in ON_DEMAND.items()
                          if any(arg.split("=")[0].startswith(options) for arg in extra))]
    return [part for plugin in wanted for part in ("-p", plugin)]


def _expectations(args) -> int:
    from .expectation_tools import prune, regenerate
    from .expectations import ExpectationsError

    try:
        if args.tool == "regenerate":
            sys.stdout.write(regenerate(args.results))
        else:
            for message in prune(args.file) or [f"{args.file}: every entry names a scenario of the suite"]:
                print(message)
    except (ExpectationsError, OSError, ValueError) as exc:
        print(f"flask-conformance: {exc}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    args = _parser().parse_args(argv)
    if args.command == "expectations":
        return _expectations(args)
    if args.command in ("spec", "matrix"):
        return run_page_command(args)
    return supervised_run(args, extra)


if __name__ == "__main__":
    sys.exit(main())
