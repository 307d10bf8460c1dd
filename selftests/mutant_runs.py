"""Run the scenarios of some areas on app specs (mutants, mostly), each run in a process of its own.

Where os.fork exists the runs are children forked from one zygote process that imported
the suite once (selftests.mutant_zygote); elsewhere, or with CONFORMANCE_MUTANTS_SUBPROCESS=1,
each is a ``python -m pytest`` subprocess, as run_suite starts. Either way a run gets the
same pytest arguments, two run at a time, a run sees no other run's patches, and one that
hangs or crashes gives a Run with a problem that says so: it fails its own test, not the
session.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from selftests import mutant_no_shrink
from selftests.mutant_forks import Zygote
from selftests.suite_runs import ROOT, read_results, suite_args

#: Set (to anything but "" or "0") to run each mutant in a subprocess even where os.fork exists.
FORCE_SUBPROCESS = "CONFORMANCE_MUTANTS_SUBPROCESS"
#: Runs at a time: the machine has two cores.
IN_FLIGHT = 2
#: A mutant run takes seconds; one that takes this long is hung.
TIMEOUT = 120.0
STEPS = ROOT / "steps"
#: What every mutant run adds to run_suite's arguments; the zygote warms up with them too. A
#: mutant's failures are counted, not read: one line each, not a traceback that pytest parses
#: whole source files to print, and no shrinking of hypothesis' failing examples.
OPTIONS = ("--tb=line", *mutant_no_shrink.ARGS)


@dataclass(frozen=True)
class Job:
    """Run the scenarios of ``areas`` on ``app_spec``; ``name`` names its files and its result."""

    name: str
    app_spec: str
    areas: tuple[str, ...]
    timeout: float = TIMEOUT
    #: Only these scenario ids (and their outline rows), when given: a mutant's test reads no other.
    scenario_ids: tuple[str, ...] = ()
    #: More pytest arguments (a --conformance-shuffle seed, say).
    extra: tuple[str, ...] = ()


@dataclass(frozen=True)
class Run:
    """What a job's run gave: its scenario records and its output, or the problem that stopped it."""

    records: list[dict]
    output: str
    problem: str | None
    #: The results file's run record (its order, its versions); empty when there is none.
    record: dict = field(default_factory=dict)


class MutantRunner:
    """The runs of one self-test session, their results files and logs in ``out``."""

    def __init__(self, out: Path):
        self.out = out
        self.forks = hasattr(os, "fork") and os.environ.get(FORCE_SUBPROCESS, "") in ("", "0")
        self._zygote = Zygote(out / "zygote.log", OPTIONS) if self.forks else None

    def run(self, jobs: list[Job]) -> dict[str, Run]:
        tasks = [self._task(job) for job in jobs]
        endings = self._zygote.run(tasks, IN_FLIGHT) if self._zygote else _in_subprocesses(tasks)
        return {job.name: self._finish(job, endings[job.name]) for job in jobs}

    def close(self) -> None:
        if self._zygote:
            self._zygote.close()

    def _task(self, job: Job) -> dict:
        results = self.out / f"{job.name}.jsonl"
        results.unlink(missing_ok=True)  # a results file is this run's, or there is none
        # Only the test modules of the job's areas: importing and collecting every area, to deselect
        # most of it with -m, adds a quarter to a short run.
        modules = [STEPS / f"test_{area}.py" for area in job.areas]
        paths = modules if all(m.exists() for m in modules) else [STEPS]
        selection = ("-k", " or ".join(job.scenario_ids)) if job.scenario_ids else ()
        args = suite_args(job.app_spec, results, "-m", " or ".join(job.areas), *selection, *job.extra, *OPTIONS,
                          paths=paths)
        return {"name": job.name, "args": args, "log": str(self.out / f"{job.name}.log"), "timeout": job.timeout}

    def _finish(self, job: Job, ending: dict) -> Run:
        results, log = self.out / f"{job.name}.jsonl", self.out / f"{job.name}.log"
        output = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        if "timed_out" in ending:
            what = f"its run did not end within {ending['timed_out']:g} s and was killed"
        elif "signal" in ending:
            what = f"its run died with {ending['signal']}"
        elif not results.exists():
            what = f"its run ended with exit code {ending['exit']} and wrote no results"
        else:
            record, records = read_results(results)
            return Run(records, output, None, record)
        return Run([], output, f"mutant {job.name}: {what}; its log {log} {_excerpt(output)}")


def _excerpt(output: str, size: int = 1500) -> str:
    """The end of a log; or, where faulthandler dumped a crashed or hung run's threads into it,
    the start of that dump: it prints the innermost call first, and that says where the run was."""
    lines = output.splitlines(keepends=True)
    dump = next((i for i, line in enumerate(lines) if "(most recent call first)" in line), None)
    if dump is None:
        return f"ends:\n{output[-size:]}"
    return "has:\n" + "".join(lines[max(0, dump - 2):])[:size]


def _in_subprocesses(tasks: list[dict]) -> dict[str, dict]:
    """The fallback: each task in a ``python -m pytest`` subprocess, as run_suite starts it."""

    def run(task):
        with open(task["log"], "wb") as log:
            try:
                # Unbuffered, so that a killed run's log ends where it stopped.
                done = subprocess.run([sys.executable, "-m", "pytest", *task["args"]], cwd=ROOT, stdout=log,
                                      stderr=subprocess.STDOUT, timeout=task["timeout"],
                                      env=dict(os.environ, PYTHONUNBUFFERED="1"))
            except subprocess.TimeoutExpired:
                return {"timed_out": task["timeout"]}
        if done.returncode < 0:
            return {"signal": signal.Signals(-done.returncode).name}
        return {"exit": done.returncode}

    with ThreadPoolExecutor(IN_FLIGHT) as pool:
        return dict(zip([t["name"] for t in tasks], pool.map(run, tasks), strict=True))
