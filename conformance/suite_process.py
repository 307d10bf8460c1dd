"""The child process of ``flask-conformance run``: pytest, then an exit without the
interpreter's teardown.

Tearing down a finished run (its modules, the app, every response the run kept) takes
about half a second, a seventh of a whole run, and nothing reads its result: the
results, the progress stream and pytest's reports are written and closed by then. What
an ordinary exit does first still happens: the threads the app left running are waited
for (the supervisor stops the process after a grace period), then the exit handlers run
(a coverage plugin's, say).

Run: ``python -m flask_conformance.suite_process PYTEST_ARGS...``, or ``main(args)`` in a
forked child (child.py).
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading

import pytest

from . import no_code_generator


def main(args: list[str] | None = None) -> None:
    no_code_generator.install()
    # The suite's own start-up makes objects that live as long as the run and little garbage:
    # collecting it would walk them all, twice, a tenth of a second. suite_only.py turns the
    # collection back on before the app is loaded.
    gc.disable()
    code = int(pytest.main(args))  # None: sys.argv[1:]
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
