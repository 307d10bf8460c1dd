"""The hooks that write a supervised run's progress stream (progress.py): registered by
the plugin only when ``--conformance-progress`` names a file, which the supervisor does."""

from __future__ import annotations

import pytest

from .progress import ProgressWriter
from .results import run_record, scenario_record


class ProgressHooks:
    def __init__(self, path: str, state):
        self.writer = ProgressWriter(path)
        self.state = state

    def selected(self) -> None:
        self.writer.emit("selected", scenarios=[scenario_record(r) for r in self.state.collector.results.values()])

    def opening(self) -> None:
        # Before the app is loaded: a factory that never returns finds this already written.
        self.writer.emit("opening")

    def loaded(self) -> None:
        self.writer.emit("run", record=run_record(self.state))

    def refused(self, why: str) -> None:
        # The app cannot be checked (no manifest, it did not load): no scenario will run.
        self.writer.emit("refused", message=why)

    def pytest_runtest_logstart(self, nodeid, location):
        if nodeid in self.state.collector.results:
            self.writer.emit("start", nodeid=nodeid)

    def pytest_runtest_logfinish(self, nodeid, location):
        result = self.state.collector.results.get(nodeid)
        if result is not None:
            self.writer.emit("end", nodeid=nodeid, record=scenario_record(result))

    @pytest.hookimpl(optionalhook=True)
    def pytest_handlecrashitem(self, crashitem, report, sched):
        # pytest-xdist's controller: a worker died running this scenario (os._exit, a segfault);
        # xdist starts another worker for the rest, the supervisor records the crash.
        self.writer.emit("crashed", nodeid=crashitem, message=str(report.longrepr).strip().splitlines()[0])

    def pytest_sessionfinish(self, session, exitstatus):
        self.writer.emit("finish", exitstatus=int(exitstatus))
        self.writer.close()


class NoProgress:
    """The progress of a run nobody supervises: nothing to write."""

    def selected(self) -> None:
        pass

    def opening(self) -> None:
        pass

    def loaded(self) -> None:
        pass

    def refused(self, why: str) -> None:
        pass


def leave_out_done(config, items: list) -> None:
    """Deselect the scenarios a restarted child must not run again (``--conformance-done``)."""
    if not config.option.conformance_done:
        return
    with open(config.option.conformance_done, encoding="utf-8") as listed:
        done = {line.strip() for line in listed if line.strip()}
    kept = [item for item in items if item.nodeid not in done]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item.nodeid in done])
        items[:] = kept
