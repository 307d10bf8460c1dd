"""The pytest plugin: options, fixtures and hooks of a suite run.

There is no pytest11 entry point: ``flask-conformance run`` loads this module with
``-p flask_conformance.plugin`` and the repo's conftest.py names it, so nothing of it
reaches another project's pytest run in the same environment. It only wires the modules
that do the work: options, tags, scenarios, expectations, target, results, summary.
"""

from __future__ import annotations

import random

import pytest

from . import console, cucumber_completion, failure_hooks, profiles, suite_only, tags
from .expectations import ExpectationsError
from .loading import AppLoadError
from .options import add_options
from .progress_plugin import ProgressHooks, leave_out_done
from .results import UNSUPPORTED, scenario_record, write_results
from .run_header import header_lines
from .run_state import RunState
from .scenarios import EXPECTED, META, annotate
from .summary import summary_lines
from .target import TargetError, open_target
from .transports.live import LiveServerError

#: The step definitions, loaded as plugins (importing them from the test modules would
#: collect every scenario twice).
pytest_plugins = [
    "flask_conformance.steps.http_steps",
    "flask_conformance.steps.cookie_steps",
    "flask_conformance.steps.hooks_steps",
    "flask_conformance.steps.sessions_steps",
    "flask_conformance.steps.routing_steps",
    "flask_conformance.steps.request_steps",
    "flask_conformance.steps.json_bodies_steps",
    "flask_conformance.steps.responses_steps",
    "flask_conformance.steps.cookies_steps",
    "flask_conformance.steps.templates_steps",
    "flask_conformance.steps.static_files_steps",
    "flask_conformance.steps.configuration_steps",
    "flask_conformance.steps.wsgi_environ_steps",
    "flask_conformance.steps.limits_steps",
    "flask_conformance.steps.real_servers_steps",
]

_STATE = pytest.StashKey[RunState]()

#: Warnings are errors in the suite's own code only: an implementation's deprecations do
#: not fail its run. Werkzeug warns about the deliberately large cookie of SESS-19; that
#: is the behavior under test, not news.
FILTERWARNINGS = (
    "error:::flask_conformance.*",
    "ignore:The 'session' cookie is too large:UserWarning",
)


def pytest_addoption(parser):
    add_options(parser)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    tags.register_markers(config)
    for line in FILTERWARNINGS:
        config.addinivalue_line("filterwarnings", line)
    profiles.configure(config)
    # Registered, not listed in pytest_plugins: this module imports it already.
    config.pluginmanager.register(failure_hooks, "flask-conformance-failures")
    if config.option.conformance_suite_only:
        suite_only.configure(config)
    try:
        config.stash[_STATE] = state = RunState.from_options(config.option)
    except ExpectationsError as exc:
        raise pytest.UsageError(str(exc)) from None
    if config.option.conformance_progress:
        state.progress = ProgressHooks(config.option.conformance_progress, state)
        config.pluginmanager.register(state.progress, "flask-conformance-progress")
    # The order is the feature files' unless --conformance-shuffle or pytest-randomly shuffles
    # it: then its seed is what reproduces the run.
    randomly = config.pluginmanager.get_plugin("randomly")
    if config.option.conformance_shuffle is not None:
        state.order = {"shuffled": True, "seed": config.option.conformance_shuffle}
    elif randomly is not None:
        state.order = {"shuffled": True, "seed": getattr(config.option, "randomly_seed", None)}


@pytest.hookimpl(trylast=True)
def pytest_sessionstart(session):
    profiles.drop_unused_plugin(session.config)
    if session.config.pluginmanager.has_plugin("dsession"):
        # pytest-xdist's controller collects nothing and shows no worker's output: it says here
        # what is checked (the workers load the app and run the scenarios).
        console.write_quiet_header(session.config, session.config.stash[_STATE])


def pytest_report_header(config):
    return header_lines(config.stash[_STATE], config.option)


@pytest.hookimpl(tryfirst=True)
def pytest_bdd_apply_tag(tag, function):
    return True if tags.apply_value_tag(tag, function) else None


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session, config, items):
    # Before pytest applies -k and -m, so that the ids and the expectations are there to match.
    state = config.stash[_STATE]
    leave_out_done(config, items)
    for item in annotate(items):
        expected = state.expectations.lookup(item.stash[META].id) if state.expectations else None
        if expected is not None:
            item.stash[EXPECTED] = expected
            item.add_marker(_marker(expected))
    if config.option.conformance_shuffle is not None:
        random.Random(config.option.conformance_shuffle).shuffle(items)


def _marker(expected):
    # strict: a listed scenario that passes is an unexpected result (XPASS), so no entry goes stale.
    if expected.outcome == "skip":
        return pytest.mark.skip(reason=expected.describe())
    return pytest.mark.xfail(strict=True, reason=expected.describe())


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session):
    config = session.config
    state = config.stash[_STATE]
    selected = [item for item in session.items if META in item.stash]
    for item in selected:
        state.collector.expect(item.nodeid, item.stash[META], item.stash.get(EXPECTED, None))
    state.progress.selected()
    if selected and not config.option.collectonly:
        console.write_quiet_header(config, state)
        state.progress.opening()
        state.target = _open(config.option, state.progress)
        state.progress.loaded()
        console.note_unknown_areas(config, state.target.manifest["areas"])
        suite_only.after_loading(config)


def _open(opt, progress):
    try:
        return open_target(opt.conformance_transport, opt.conformance_app, opt.conformance_base_url,
                           opt.conformance_server, opt.conformance_request_timeout, opt.conformance_wsgi_lint)
    except (AppLoadError, TargetError, LiveServerError) as exc:
        progress.refused(str(exc))
        raise pytest.UsageError(str(exc)) from None


def pytest_runtest_setup(item):
    meta = item.stash.get(META, None)
    target = item.config.stash[_STATE].target
    if meta is None or target is None:
        return
    if meta.area not in target.manifest["areas"]:
        pytest.skip(f"{UNSUPPORTED}: the app's manifest does not declare the {meta.area!r} area")
    if target.transport == "wsgi" and item.get_closest_marker("live_only") is not None:
        # What a real server does on the wire (no body bytes after HEAD, the Host it accepts):
        # in-process there is no server, so nothing to check.
        pytest.skip("live_only: this scenario checks a real server; run with --transport live or --base-url")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    item.config.stash[_STATE].collector.record(report, failure_hooks.failure_of(item))
    return report


@pytest.fixture(scope="session")
def conformance_target(request):
    """The app under test: ``new_client()`` gives a fresh client; ``manifest`` its manifest."""
    target = request.config.stash[_STATE].target
    if target is None:
        pytest.fail("no app is open: conformance scenarios run only through the suite's collection")
    return target


@pytest.fixture
def conformance_client(conformance_target):
    """A fresh client (empty cookie jar) for one scenario."""
    # Not asking for ``request``: pytest makes a new fixture definition for it at every use.
    with conformance_target.new_client() as fresh:
        yield fresh


def pytest_terminal_summary(terminalreporter, config):
    state = config.stash[_STATE]
    results = state.collector.ran()
    if not results or config.option.conformance_progress:
        return  # a supervised run: the supervisor prints the summary of all its processes
    terminalreporter.section("flask-conformance summary")
    for line in summary_lines([scenario_record(r) for r in results]):
        terminalreporter.write_line(line)
    if config.option.conformance_results:
        terminalreporter.write_line(f"\nresults: {config.option.conformance_results}")


@pytest.hookimpl(trylast=True)  # after pytest-bdd has written its Cucumber JSON
def pytest_sessionfinish(session, exitstatus):
    state = session.config.stash[_STATE]
    if session.config.option.conformance_results and state.collector.ran():
        write_results(session.config.option.conformance_results, state)
    cucumber_completion.complete(session, state.collector.results)


def pytest_unconfigure(config):
    state = config.stash.get(_STATE, None)
    if state is not None and state.target is not None:
        state.target.close()
