"""One thread that calls back when a deadline passes, for every request of the run.

A threading.Timer per request costs a thread start (about 0.4 ms, a fifth of a request to
a live server); arming and disarming a deadline here costs a lock and a notify.
"""

from __future__ import annotations

import itertools
import threading
import time


class Watchdog:
    """Calls ``callback()`` from its own daemon thread at ``deadline`` unless disarmed first."""

    def __init__(self):
        self._wake = threading.Condition()
        self._armed: dict[int, tuple[float, object]] = {}
        self._tokens = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, deadline: float, callback) -> int:
        """Call ``callback`` at ``deadline`` (a time.monotonic() value); returns a token for disarm()."""
        with self._wake:
            token = next(self._tokens)
            self._armed[token] = (deadline, callback)
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="conformance-deadlines", daemon=True)
                self._thread.start()
            self._wake.notify()
        return token

    def disarm(self, token: int) -> None:
        """Do not call the callback of ``token`` (it may be running already)."""
        with self._wake:
            self._armed.pop(token, None)

    def _watch(self) -> None:
        while True:
            with self._wake:
                now = time.monotonic()
                due = [token for token, (deadline, _) in self._armed.items() if deadline <= now]
                callbacks = [self._armed.pop(token)[1] for token in due]
                if not callbacks:
                    nearest = min((deadline for deadline, _ in self._armed.values()), default=None)
                    self._wake.wait(None if nearest is None else nearest - now)
                    continue
            for callback in callbacks:  # outside the lock: a callback may block briefly
                callback()


def seconds_of(timeout) -> float | None:
    """The seconds a whole response may take under a requests ``timeout``: requests accepts
    (connect, read), and the whole response gets the read part."""
    if isinstance(timeout, tuple):
        return timeout[1] if timeout[1] is not None else timeout[0]
    return timeout


#: The run's watchdog: requests are sent one at a time, but a step may use several clients.
WATCHDOG = Watchdog()
