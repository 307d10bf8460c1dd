"""The supervisor of ``flask-conformance run``: pytest runs the suite in a child process and
this process watches its progress stream (progress.py), so that the run always ends and
always reports, whatever the app does to the process it runs in.

- A scenario that does not end within the scenario timeout is TIMEOUT (the app swallowed
  the harness's timer, sat in C code, or took over SIGALRM); a scenario during which the
  child died is CRASH (os._exit, a segfault). The child's process group is stopped, and a
  fresh child runs the scenarios that are left.
- A child that does not load the app within the scenario timeout is stopped: exit 2.
- A child that finished but does not exit (a thread the app left running) is stopped
  after a grace period; so is anything else left in its process group.
- The overall deadline ends the run; SIGTERM, SIGHUP or SIGINT to this process stops the
  child's group and ends it too. What did not run is reported as not run.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .child import start_child
from .progress import ProgressReader
from .results import UNEXPECTED

#: pytest's exit status of a child that ended before its run did -> ours: usage errors and
#: "no tests" are bad usage (2); interrupted or pytest's internal error is the harness failing (3).
CHILD_EXIT = {1: 1, 2: 3, 3: 3, 4: 2, 5: 2}
STOPPING_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


@dataclass(frozen=True)
class Limits:
    scenario_timeout: float
    deadline: float
    grace: float = 5.0
    max_restarts: int = 25
    startup: float = 120.0  # pytest's start-up and collection, before any app code runs


class Supervisor:
    """Run ``command`` (pytest's arguments) until every selected scenario has a result."""

    def __init__(self, command: list[str], limits: Limits):
        self.command = command
        self.limits = limits
        self.selected: list[dict] = []
        self.records: dict[str, dict] = {}
        self.run_record: dict | None = None
        self.notes: list[str] = []
        self.stop_signal: str | None = None
        #: Why the app cannot be checked, when the child said so before any scenario ran.
        self.refused: str | None = None
        self.started = time.monotonic()

    def run(self) -> int:
        """Run to the end; the exit status of the run (0, 1, 2 or 3)."""
        for number in STOPPING_SIGNALS:
            signal.signal(number, lambda signum, frame: setattr(self, "stop_signal", signal.Signals(signum).name))
        with tempfile.TemporaryDirectory(prefix="flask-conformance-") as work:
            for attempt in range(self.limits.max_restarts + 1):
                before = len(self.records)
                why, code = self._one_child(Path(work), attempt)
                # A fresh child goes on with what is left, unless this one got nowhere.
                if why not in ("timeout", "crash", "between") or not self._left() or len(self.records) == before:
                    break
        return self._status(why, code)

    def _one_child(self, work: Path, attempt: int) -> tuple[str, int | None]:
        progress, done = work / f"progress-{attempt}.jsonl", work / "done.txt"
        done.write_text("".join(f"{nodeid}\n" for nodeid in self.records), encoding="utf-8")
        child = start_child([*self.command, f"--conformance-progress={progress}", f"--conformance-done={done}"])
        try:
            return self._watch(child, ProgressReader(str(progress)))
        finally:
            _stop_group(child)

    def _watch(self, child, reader) -> tuple[str, int | None]:
        spawned, collected, opening, loaded = time.monotonic(), False, None, False
        finished = None
        #: The scenarios running now, and since when: one, or one per pytest-xdist worker.
        running: dict[str, float] = {}
        while True:
            code = child.poll()  # before reading: once it has exited, every event it wrote is read below
            for event in reader.new_events():
                kind = event["event"]
                if kind == "selected":
                    collected, self.selected = True, self.selected or event["scenarios"]
                elif kind == "opening":
                    opening = time.monotonic()
                elif kind == "refused":
                    self.refused = event["message"]
                elif kind == "run":
                    loaded, self.run_record = True, self.run_record or event["record"]
                elif kind == "start":
                    running[event["nodeid"]] = time.monotonic()
                elif kind == "end":
                    self.records[event["nodeid"]] = event["record"]
                    running.pop(event["nodeid"], None)
                elif kind == "crashed":  # a pytest-xdist worker died; xdist goes on with another
                    self._close(event["nodeid"], "CRASH", _crash_message(None, event["message"]))
                    running.pop(event["nodeid"], None)
                elif kind == "finish":
                    finished = time.monotonic()
            now = time.monotonic()
            if code is not None:
                if finished is not None:
                    return "finished", code
                if running:
                    for nodeid in running:
                        self._close(nodeid, "CRASH", _crash_message(code))
                    return "crash", code
                if loaded:
                    self.notes.append(f"the suite's process ended between scenarios ({_status_text(code)})")
                    return "between", code
                return "exited", code
            if self.stop_signal:
                self.notes.append(f"the run was stopped by {self.stop_signal}")
                return "signal", None
            if finished is not None and now - finished > self.limits.grace:
                self.notes.append(f"the suite's process did not exit {self.limits.grace:g} s after the run "
                                  f"(the app left a thread running) and was stopped")
                return "finished", 0
            overdue = [nodeid for nodeid, since in running.items() if now - since > self.limits.scenario_timeout]
            if overdue:
                for nodeid in overdue:
                    self._close(nodeid, "TIMEOUT", _timeout_message(self.limits.scenario_timeout))
                # Stopping the child stops the others running beside it (xdist): they run again.
                return "timeout", None
            # Loading is timed from the "opening" event: pytest's own start-up and collection
            # come before it, and take seconds on a busy machine.
            if opening is not None and not loaded and now - opening > self.limits.scenario_timeout:
                self.notes.append(f"the app did not load within {self.limits.scenario_timeout:g} s "
                                  f"(--scenario-timeout): its module or factory does not return")
                return "load-timeout", None
            if not collected and now - spawned > self.limits.startup:
                self.notes.append(f"the suite's process did not collect its scenarios within {self.limits.startup:g} s")
                return "harness", None
            if now - self.started > self.limits.deadline:
                self.notes.append(f"the run's deadline of {self.limits.deadline:g} s (--deadline) passed")
                for nodeid in running:
                    self._close(nodeid, "TIMEOUT", "the run's deadline passed during this scenario")
                return "deadline", None
            time.sleep(0.02)

    def _close(self, nodeid: str, outcome: str, message: str) -> None:
        skeleton = next((r for r in self.selected if r["nodeid"] == nodeid), {"nodeid": nodeid, "id": nodeid})
        self.records[nodeid] = {**skeleton, "outcome": outcome, "message": message}

    def _left(self) -> bool:
        return any(r["nodeid"] not in self.records for r in self.selected)

    def results(self) -> list[dict]:
        """Every selected scenario's record, in the run's order; the ones that did not run say why."""
        why = "; ".join(self.notes) or (f"the app cannot be checked: {self.refused}" if self.refused else "") \
            or "the run ended before it"
        return [self.records.get(r["nodeid"]) or {**r, "outcome": "SKIP", "message": f"not run: {why}"}
                for r in self.selected]

    def _status(self, why: str, code: int | None) -> int:
        if why == "load-timeout":
            return 2
        if why in ("signal", "harness") or (why == "finished" and code in (2, 3)):
            return 3
        if why in ("finished", "exited") and not self.records:  # it ended before any scenario: pytest says why
            return 0 if code == 0 else CHILD_EXIT.get(code, 3)
        # A scenario that did not run because the run broke off is not a pass.
        unexpected = any(r["outcome"] in UNEXPECTED for r in self.results()) or self._left()
        return 1 if unexpected or why == "deadline" else 0


def _stop_group(child) -> None:
    """Stop the child and everything in its process group (a live server, the app's children)."""
    for number, wait in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(child.pid, number)
        except (ProcessLookupError, PermissionError):
            break
        try:
            child.wait(wait)
            if number == signal.SIGTERM:
                time.sleep(0.05)  # let the group's others see SIGTERM before the SIGKILL sweep
        except subprocess.TimeoutExpired:
            continue
    if child.poll() is None:
        child.kill()
        child.wait()


def _status_text(code: int) -> str:
    return f"killed by {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"


def _crash_message(code: int | None, xdist_says: str = "") -> str:
    how = _status_text(code) if code is not None else f"pytest-xdist: {xdist_says}"
    return (f"the process that ran the app ended during this scenario ({how}): the app called os._exit, "
            f"crashed the interpreter or was killed; the run went on in a fresh process")


def _timeout_message(seconds: float) -> str:
    return (f"the scenario did not end within {seconds:g} s (--scenario-timeout): the app neither answered nor let "
            f"the request timeout interrupt it (a swallowed exception, a call into C code, or its own SIGALRM "
            f"handler); its process was stopped and the run went on in a fresh one")
