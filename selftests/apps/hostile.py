"""Apps that attack the process they run in, each through one contract route
(GET /slashes/file/, the scenario strict_slashes.no_redirect_to_slashless); every other
route is the reference app's. The supervisor of flask-conformance run must end the run,
name what happened, and go on with the rest in a fresh process."""

import ctypes
import os
import signal
import threading
import time

ROUTE = "/slashes/file/"


def _around(attack):
    from flask_conformance.reference_app import create_app as reference

    inner = reference()

    def app(environ, start_response):
        if environ["PATH_INFO"] == ROUTE:
            attack()
        return inner(environ, start_response)

    return app


def _swallow_every_interruption():
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            time.sleep(60)
        except BaseException:  # noqa: BLE001,S110 - the attack: the harness's timer is caught and ignored
            pass


def wedged():
    """A bare except: around a hang swallows the request timeout's interruption."""
    return _around(_swallow_every_interruption)


def takes_over_sigalrm():
    """The app ignores SIGALRM, the harness's in-process timer, then hangs."""
    return _around(lambda: (signal.signal(signal.SIGALRM, signal.SIG_IGN), time.sleep(60)))


def exits():
    """The app ends its process in the middle of a request."""
    return _around(lambda: os._exit(3))


def segfaults():
    """The app crashes the interpreter."""
    return _around(lambda: ctypes.string_at(0))


def leaks_a_thread():
    """The app starts a thread that never ends, and is not a daemon: the process cannot exit."""
    threading.Thread(target=time.sleep, args=(3600,), daemon=False).start()
    return _around(lambda: None)


def never_loads():
    """The factory never returns."""
    time.sleep(3600)
