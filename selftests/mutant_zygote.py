"""The mutant zygote: import the suite once, then fork a child for each mutant run.

selftests.mutant_forks starts it once per self-test session, from the repo root, as
``python -m selftests.mutant_zygote OPTIONS...``, with the pytest options every run has.
Each line on stdin is a job, ``{"name", "args", "log", "timeout"}``: a child forked for
it runs ``pytest.main(args)`` with its output in ``log``. Each line on stdout tells how a
child ended: ``{"name", "exit": code}``, ``{"name", "signal": "SIGSEGV"}``, or ``{"name",
"timed_out": seconds}`` for one that ran past its timeout and was killed. Every child
forks from this process as it was after start-up, never from another child, so no
mutant's patch reaches another run.
"""

from __future__ import annotations

import faulthandler
import gc
import importlib
import json
import os
import random
import selectors
import signal
import sys
import time
import traceback

import pytest

#: How long a child that is past its deadline has to dump its threads' tracebacks.
DUMP_GRACE = 0.5
#: Sent to a child past its deadline: faulthandler, registered for it in the child, writes the
#: child's threads' tracebacks into its log. (A dump_traceback_later timer would not do: pytest
#: cancels it at every failing test.)
DUMP_SIGNAL = signal.SIGUSR1
#: What a run imports only once it collects (the binding) and loads its app (the stack the
#: mutants patch; each child imports the reference app itself, after its mutant's patch).
LATER_IMPORTS = ("flask_conformance.binding", "flask", "werkzeug", "werkzeug.middleware.dispatcher", "jinja2",
                 "itsdangerous")


def warm_up(options: list[str]) -> None:
    """Import what every run imports, through pytest itself, so that no child imports it again.

    Collecting only the steps package, with the runs' options, loads the conftest, the
    suite's plugin, the step modules, pytest's plugins (pytest-bdd, hypothesis) and those
    the options name as a run does: under assertion rewriting, so the children's failure
    messages are a subprocess run's, and without a warning that they were imported before
    pytest could rewrite them. It imports no test module: pytest-bdd binds their scenarios
    to the configuration of the run that imports them, so each child imports its own.
    """
    null = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(1), os.dup(2)
    os.dup2(null, 1)
    os.dup2(null, 2)
    try:
        pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", *options, "steps/__init__.py"])
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (null, *saved):
            os.close(fd)
    for name in LATER_IMPORTS:
        importlib.import_module(name)


def run_child(job: dict, inherited: list[int]) -> None:
    """In the forked child: run pytest on the job's arguments, then end the process."""
    code = 70  # EX_SOFTWARE: pytest itself raised
    try:
        os.setpgid(0, 0)  # its own group, so a kill reaches whatever it starts
        random.seed()  # not the zygote's state, the same in every child: runs differ as fresh processes do
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        for fd in inherited:  # the zygote's channel and wake-up pipe: never the child's
            os.close(fd)
        log = os.open(job["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        sys.stdout.reconfigure(line_buffering=True)  # a killed child's log still ends where it stopped
        faulthandler.register(DUMP_SIGNAL, file=log, all_threads=True)
        code = int(pytest.main(job["args"]))
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)  # never back into the zygote's loop, nor through its exit handlers


class Zygote:
    """The loop: fork a child for each job read, report each child's end, kill the overdue."""

    def __init__(self, channel):
        self.channel = channel
        self.children: dict[int, dict] = {}  # pid: its job, with what to do to it next and when
        self.wake_read, self.wake_write = os.pipe()
        for fd in (self.wake_read, self.wake_write):
            os.set_blocking(fd, False)
        # SIGCHLD wakes the select below through this pipe: no polling, no threads to fork with.
        signal.set_wakeup_fd(self.wake_write)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        self.selector = selectors.DefaultSelector()
        self.selector.register(0, selectors.EVENT_READ)
        self.selector.register(self.wake_read, selectors.EVENT_READ)
        self.pending = b""

    def serve(self) -> None:
        """Until stdin ends: the session has all its reports then, or has given up on the rest."""
        while True:
            for key, _ in self.selector.select(self._until_next_deadline()):
                if key.fd == self.wake_read:
                    os.read(self.wake_read, 4096)
                elif not self._read_jobs():
                    for pid in self.children:
                        _kill(pid)
                    return
            self._reap()
            self._signal_overdue()

    def _read_jobs(self) -> bool:
        chunk = os.read(0, 65536)
        self.pending += chunk
        *lines, self.pending = self.pending.split(b"\n")
        for line in lines:
            self._fork(json.loads(line))
        return bool(chunk)

    def _fork(self, job: dict) -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            run_child(job, [self.channel.fileno(), self.wake_read, self.wake_write])
        _set_group(pid)  # the child does it too: whichever runs first, a kill never misses it
        job["next"] = time.monotonic() + job["timeout"], "dump"
        self.children[pid] = job

    def _until_next_deadline(self) -> float | None:
        due = [job["next"][0] for job in self.children.values() if job["next"]]
        return max(0.0, min(due) - time.monotonic()) if due else None

    def _signal_overdue(self) -> None:
        now = time.monotonic()
        for pid, job in self.children.items():
            if not job["next"] or now < job["next"][0]:
                continue
            if job["next"][1] == "dump":  # its threads' tracebacks into its log, then the kill
                job["timed_out"] = True
                os.kill(pid, DUMP_SIGNAL)
                job["next"] = now + DUMP_GRACE, "kill"
            else:
                _kill(pid)
                job["next"] = None

    def _reap(self) -> None:
        for pid in list(self.children):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                self._report(self.children.pop(pid), status)

    def _report(self, job: dict, status: int) -> None:
        report = {"name": job["name"]}
        if job.get("timed_out"):
            report["timed_out"] = job["timeout"]
        elif os.WIFSIGNALED(status):
            report["signal"] = signal.Signals(os.WTERMSIG(status)).name
        else:
            report["exit"] = os.waitstatus_to_exitcode(status)
        self.channel.write(json.dumps(report) + "\n")
        self.channel.flush()


def _kill(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # it has ended: the next reap reports it


def _set_group(pid: int) -> None:
    try:
        os.setpgid(pid, pid)
    except (PermissionError, ProcessLookupError):
        pass  # the child has set it already, or has ended


def main() -> None:
    # Reports go through a copy of stdout; what anything prints goes to stderr, never into them.
    channel = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    warm_up(sys.argv[1:])
    # What is imported now lives as long as every child: keeping it out of their collections
    # spares each child a traversal of it all (pytest collects five times at its end).
    gc.freeze()
    Zygote(channel).serve()


if __name__ == "__main__":
    main()
