"""Call a WSGI app and drain its answer, within a deadline, checking the basics of PEP 3333.

An app that raises, hangs or breaks the protocol does not stop the run: the call
raises :class:`AppMisbehaved` saying what the app did, and the scenario fails with it.
"""

from __future__ import annotations

import signal
import threading
import time
import traceback
from importlib.util import find_spec
from pathlib import Path

from .answer_checks import (  # noqa: F401 - AppMisbehaved and WSGIProtocolError are this module's API too
    AppMisbehaved,
    WSGIProtocolError,
    check_chunk,
    check_start,
    check_started,
    close_body,
)


class AppRaised(AppMisbehaved):
    """The app raised an exception instead of answering."""


class AppTimedOut(AppMisbehaved):
    """The app did not answer within the request timeout."""


class HarnessError(RuntimeError):
    """The suite's own code failed while it called the app: a bug in flask-conformance."""


class _Deadline(BaseException):
    """Raised inside the app when its time is up; not an Exception, so the app cannot catch it."""


def _run_with_timeout(task, timeout) -> bool:
    """Run ``task``; say whether it finished within ``timeout`` seconds.

    In the main thread an interval timer interrupts a hanging app at no cost per
    call; elsewhere (signals only reach the main thread) a daemon thread runs it.
    """
    if threading.current_thread() is not threading.main_thread():
        worker = threading.Thread(target=task, name="conformance-wsgi", daemon=True)
        worker.start()
        worker.join(timeout)
        return not worker.is_alive()
    armed = [True]

    def expire(signum, frame):
        if armed[0]:
            raise _Deadline

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        task()
        return True
    except _Deadline:
        return False
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def call_app(app, environ, timeout, request):
    """Run the app and drain its body, within ``timeout`` seconds unless it is None."""
    outcome: dict = {}

    started: dict = {}

    def run():
        try:
            outcome["answer"] = _run_app(app, environ, started)
        except _Deadline:
            raise
        except BaseException as exc:  # noqa: BLE001 - any exception is the app's answer
            outcome["error"] = exc

    what = f"{request.method} {request.path_url}"
    began = time.monotonic()
    if timeout is None:
        run()
    elif not _run_with_timeout(run, timeout):
        if "status" in started:
            raise AppTimedOut(f"the app answered {what} with {started['status']!r} but its body did not end "
                              f"within {timeout:g} s")
        raise AppTimedOut(f"the app did not answer {what} within {timeout:g} s")
    elapsed = time.monotonic() - began
    if timeout is not None and elapsed > timeout:
        # The timer could not interrupt the app (a call into C code holds off signals): late is late.
        raise AppTimedOut(f"the app answered {what} only after {elapsed:.1f} s, over the {timeout:g} s timeout")
    if "error" in outcome:
        exc = outcome["error"]
        if isinstance(exc, WSGIProtocolError):
            raise WSGIProtocolError(f"{what}: {exc}") from exc
        if _raised_by_the_harness(exc):
            raise HarnessError(
                f"flask-conformance's own code raised {type(exc).__name__}: {exc} while calling the app for "
                f"{what} (a bug in the suite, not in the app: please report it with this traceback)"
            ) from exc
        raise AppRaised(
            f"the app raised {type(exc).__name__}: {exc} instead of answering {what}"
        ) from exc
    return outcome["answer"]


def _run_app(app, environ, started: dict):

    def start_response(status, headers, exc_info=None):
        if exc_info is not None and started.get("body_sent"):
            raise exc_info[1].with_traceback(exc_info[2])
        check_start(bool(started), status, headers, exc_info)
        started.update(status=status, headers=list(headers))
        return write

    def write(chunk):
        check_chunk(chunk, "write() was given")
        written.append(chunk)

    written: list[bytes] = []
    iterable = app(environ, start_response)
    try:
        for chunk in iterable:
            check_chunk(chunk)
            started["body_sent"] = True
            written.append(chunk)
    finally:
        close_body(iterable)
    check_started("status" in started)
    return started["status"], started["headers"], b"".join(written)


#: Where the suite's own modules are; the reference app, an app under test, is not one of them.
_HARNESS = str(Path(__file__).parent.parent)
_REFERENCE_APP = str(Path(find_spec("flask_conformance.reference_app").origin).parent)


def _raised_by_the_harness(exc: BaseException) -> bool:
    """Whether ``exc`` was raised in the suite's own code (not in the app, a library, or wsgiref's lint)."""
    frames = list(traceback.walk_tb(exc.__traceback__))
    if not frames:
        return False
    path = frames[-1][0].f_code.co_filename
    return path.startswith(_HARNESS) and not path.startswith(_REFERENCE_APP)
