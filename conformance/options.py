"""The plugin's command-line options.

Every option is prefixed ``--conformance-``: the plugin shares pytest's option namespace
with whatever plugins a user's environment holds (pytest-base-url owns ``--base-url``).
``flask-conformance run`` offers them without the prefix.
"""

from __future__ import annotations

import os

from .contract import REFERENCE_APP
from .option_values import http_url, seconds, writable_file
from .transports import SERVERS

PREFIX = "--conformance-"


def add_options(parser) -> None:
    group = parser.getgroup("flask-conformance")

    def option(name, **kwargs):
        group.addoption(PREFIX + name, dest="conformance_" + name.replace("-", "_"), **kwargs)

    option("app", default=os.environ.get("CONFORMANCE_APP", REFERENCE_APP),
           help="the WSGI app to check: MODULE:ATTR or MODULE:FACTORY() (env CONFORMANCE_APP; "
                "default %(default)s)")
    option("transport", choices=("wsgi", "live"), default=os.environ.get("CONFORMANCE_TRANSPORT", "wsgi"),
           help="wsgi: call the app in-process; live: serve it on 127.0.0.1 and use TCP")
    option("server", choices=SERVERS, default="waitress", help="the WSGI server for the live transport")
    option("base-url", default=os.environ.get("CONFORMANCE_BASE_URL"), type=http_url,
           help="check a server that is already running at this URL (env CONFORMANCE_BASE_URL)")
    option("request-timeout", type=seconds, default=5.0,
           help="seconds to wait for each response before failing the scenario (default 5)")
    option("results", metavar="PATH", type=writable_file, help="write one JSON line per scenario to PATH")
    option("expectations", metavar="FILE", default=os.environ.get("CONFORMANCE_EXPECTATIONS"),
           help="a TOML file of deliberate deviations (env CONFORMANCE_EXPECTATIONS); "
                "a bundled name such as flask22 picks the suite's own file for that Flask version")
    option("progress", metavar="PATH",
           help="append the run's progress events to PATH (the supervisor of flask-conformance run reads them)")
    option("done", metavar="PATH",
           help="leave out the scenarios whose node ids PATH lists, one a line (the supervisor's restarts)")
    option("shuffle", metavar="SEED", type=int,
           help="run the scenarios in an order shuffled with SEED (recorded in the results' run record), "
                "to find scenarios that depend on the order; the same SEED gives the same order")
    option("suite-only", action="store_true",
           help="refuse test paths other than the suite's own (flask-conformance run passes this)")
    option("wsgi-lint", action="store_true",
           help="in-process only: check every call against PEP 3333 (wsgiref.validate); a violation fails "
                "the scenario. Flask itself trips it (Content-Type on a 204)")
