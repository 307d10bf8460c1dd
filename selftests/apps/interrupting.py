"""A factory that interrupts the run it is loaded in (as Ctrl-C or a CI job's cancel would)."""

import os
import signal


def create_app():
    os.kill(os.getpid(), signal.SIGINT)
    raise AssertionError("unreachable: SIGINT interrupts the factory")
