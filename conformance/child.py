"""The child process that runs pytest for the supervisor: a fork of the supervisor where
os.fork exists, else a fresh interpreter (``python -m flask_conformance.suite_process``).

A fork starts where the supervisor is: the interpreter up, the command's modules imported
(a tenth of a second that a fresh interpreter spends again). It starts clean all the same:
its own session and process group (a kill reaches whatever it starts), the default signal
handlers, none of the supervisor's exit handlers, and the same environment a fresh
interpreter gets. Either way the child runs ``suite_process.main``, which never returns.
"""

from __future__ import annotations

import atexit
import os
import signal
import subprocess
import sys
import time
import traceback

#: Set (to anything but "" or "0") to start a fresh interpreter even where os.fork exists.
FORCE_SPAWN = "CONFORMANCE_CHILD_SUBPROCESS"
#: The child's environment: no pytest plugin loads unless its command line names it (cli.PLUGINS).
CHILD_ENVIRONMENT = {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}


def start_child(pytest_args: list[str]):
    """A started child running pytest on ``pytest_args``: a Popen, or a ForkedChild like one."""
    if hasattr(os, "fork") and os.environ.get(FORCE_SPAWN, "") in ("", "0"):
        return ForkedChild(pytest_args)
    return subprocess.Popen([sys.executable, "-m", "flask_conformance.suite_process", *pytest_args],
                            start_new_session=True, env={**os.environ, **CHILD_ENVIRONMENT})


class ForkedChild:
    """A forked child, with the part of Popen's interface the supervisor uses."""

    def __init__(self, pytest_args: list[str]):
        sys.stdout.flush()  # what the supervisor has buffered is printed once, by it
        sys.stderr.flush()
        self.returncode: int | None = None
        self.pid = os.fork()
        if self.pid == 0:
            _run(pytest_args)

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)  # -N for a signal, as Popen
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"flask-conformance child {self.pid}", timeout)
            time.sleep(0.01)
        return self.returncode

    def kill(self) -> None:
        if self.returncode is None:
            os.kill(self.pid, signal.SIGKILL)


def _run(pytest_args: list[str]) -> None:
    """In the forked child: start clean, run the suite, end the process (never return)."""
    try:
        os.setsid()
        atexit._clear()  # the supervisor's (its temporary directory's cleanup among them)
        for number in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(number, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.environ.update(CHILD_ENVIRONMENT)
        from .suite_process import main

        main(pytest_args)
    except BaseException:
        traceback.print_exc()
    finally:
        os._exit(70)  # EX_SOFTWARE: main() ends the process itself, unless the harness broke
