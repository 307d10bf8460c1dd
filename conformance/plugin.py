"""The pytest plugin (entry point ``flask_conformance``): options, fixtures, hooks.

It only wires the modules that do the work: tags, scenarios, target, results, summary.
"""

from __future__ import annotations

import os
import time

import pytest

from . import tags
from .contract import REFERENCE_APP
from .loading import AppLoadError
from .results import UNSUPPORTED, ResultCollector, write_results
from .scenarios import META, annotate
from .summary import summary_lines
from .target import TargetError, open_target
from .transports.live import LiveServerError
from .transports.serve import SERVERS

_STATE = pytest.StashKey["_RunState"]()
HYPOTHESIS_PROFILE = "conformance"


class _RunState:
    def __init__(self):
        self.started = time.time()
        self.target = None
        self.collector = ResultCollector()


def pytest_addoption(parser):
    group = parser.getgroup("flask-conformance")
    group.addoption("--app", default=os.environ.get("CONFORMANCE_APP", REFERENCE_APP),
                    help="the WSGI app to check: MODULE:ATTR or MODULE:FACTORY() "
                         "(env CONFORMANCE_APP; default %(default)s)")
    group.addoption("--transport", choices=("wsgi", "live"),
                    default=os.environ.get("CONFORMANCE_TRANSPORT", "wsgi"),
                    help="wsgi: call the app in-process; live: serve it on 127.0.0.1 and use TCP")
    group.addoption("--server", choices=SERVERS, default="waitress",
                    help="the WSGI server for --transport live (default waitress)")
    group.addoption("--base-url", default=os.environ.get("CONFORMANCE_BASE_URL"),
                    help="check a server that is already running at this URL (env CONFORMANCE_BASE_URL)")
    group.addoption("--request-timeout", type=float, default=5.0,
                    help="seconds to wait for each response before failing the scenario (default 5)")
    group.addoption("--results", metavar="PATH", help="write one JSON line per scenario to PATH")
    group.addoption("--wsgi-lint", action="store_true",
                    help="in-process only: check every call against PEP 3333 (wsgiref.validate); "
                         "a violation fails the scenario. Flask itself trips it (Content-Type on a 204)")


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    tags.register_markers(config)
    config.stash[_STATE] = _RunState()
    # Registered before hypothesis' own plugin reads --hypothesis-profile, so that
    # --hypothesis-profile=conformance-thorough works; loaded only for suite runs.
    _register_hypothesis_profiles()


def _register_hypothesis_profiles():
    from hypothesis import HealthCheck, settings

    # Derandomized and bounded: a CI gate must give the same answer twice.
    settings.register_profile(HYPOTHESIS_PROFILE, derandomize=True, database=None, deadline=None,
                              max_examples=25, print_blob=True,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile(HYPOTHESIS_PROFILE + "-thorough", max_examples=500, deadline=None)


def _load_hypothesis_profile(config):
    """Load the suite's profile, only for runs that hold scenarios and name no profile:
    other projects' test runs in the same environment keep their own settings."""
    from hypothesis import settings

    if not config.getoption("hypothesis_profile", None):
        settings.load_profile(HYPOTHESIS_PROFILE)


@pytest.hookimpl(tryfirst=True)
def pytest_bdd_apply_tag(tag, function):
    return True if tags.apply_value_tag(tag, function) else None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items):
    state = config.stash[_STATE]
    scenarios = annotate(items)
    for item in scenarios:
        state.collector.expect(item.nodeid, item.stash[META])
    if scenarios and not config.option.collectonly:
        _load_hypothesis_profile(config)
        state.target = _open(config)


def _open(config):
    opt = config.option
    try:
        return open_target(opt.transport, opt.app, opt.base_url, opt.server, opt.request_timeout, opt.wsgi_lint)
    except (AppLoadError, TargetError, LiveServerError) as exc:
        raise pytest.UsageError(str(exc)) from None


def pytest_runtest_setup(item):
    meta = item.stash.get(META, None)
    target = item.config.stash[_STATE].target
    if meta is None or target is None:
        return
    if meta.area not in target.manifest["areas"]:
        pytest.skip(f"{UNSUPPORTED}: the app's manifest does not declare the {meta.area!r} area")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    item.config.stash[_STATE].collector.record(report)
    return report


@pytest.fixture(scope="session")
def conformance_target(request):
    """The app under test: ``new_client()`` gives a fresh client; ``manifest`` its manifest."""
    target = request.config.stash[_STATE].target
    if target is None:
        pytest.fail("no app is open: conformance scenarios run only through the suite's collection")
    return target


@pytest.fixture
def client(conformance_target):
    """A fresh client (empty cookie jar) for one scenario."""
    with conformance_target.new_client() as fresh:
        yield fresh


def pytest_terminal_summary(terminalreporter, config):
    results = config.stash[_STATE].collector.ran()
    if not results:
        return
    terminalreporter.section("flask-conformance summary")
    for line in summary_lines(results):
        terminalreporter.write_line(line)
    path = config.option.results
    if path:
        terminalreporter.write_line(f"\nresults: {path}")


def pytest_sessionfinish(session, exitstatus):
    state = session.config.stash[_STATE]
    if session.config.option.results and state.collector.ran():
        write_results(session.config.option.results, state.target, state.started, state.collector)


def pytest_unconfigure(config):
    state = config.stash.get(_STATE, None)
    if state is not None and state.target is not None:
        state.target.close()
