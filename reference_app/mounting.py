"""Apps mounted beside the main app, built when their first request arrives.

Building a Flask app compiles every rule it has (about a millisecond each): a run that
selects some areas, as most of the self-tests' runs do, need not pay for the mounts of
the others. What a request sees is the same, built on its first request or at start-up.
"""

from __future__ import annotations

import threading


class BuiltOnFirstRequest:
    """A WSGI app that calls ``build()`` once, on its first request, and is then that app."""

    def __init__(self, build):
        self._build = build
        self._app = None
        self._lock = threading.Lock()  # a live server answers requests in several threads

    def built(self):
        """The app, built now if no request has built it yet."""
        if self._app is None:
            with self._lock:
                if self._app is None:
                    self._app = self._build()
        return self._app

    def __call__(self, environ, start_response):
        return self.built()(environ, start_response)
