"""The child process of ``flask-conformance run``: pytest, then an exit without the
interpreter's teardown.

Tearing down a finished run (its modules, the app, every response the run kept) takes
about half a second, a seventh of a whole run, and nothing reads its result: the
results, the progress stream and pytest's reports are written and closed by then.
The exit handlers (a coverage plugin's, say) still run, and a thread the app left running
still keeps the process alive, as it would in plain pytest, for the supervisor to report.

Run: ``python -m flask_conformance.suite_process PYTEST_ARGS...``.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading

import pytest


def main() -> None:
    code = int(pytest.main())  # the arguments are sys.argv[1:]
    if any(not thread.daemon for thread in threading.enumerate() if thread is not threading.main_thread()):
        sys.exit(code)  # the ordinary exit, which waits for them (supervisor.py stops it after a grace period)
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
