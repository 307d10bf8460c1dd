"""Run the app under a real WSGI server in a subprocess, on an ephemeral 127.0.0.1 port.

The server is started once per run and stopped at its end. Start-up waits for the
``LISTENING`` line, then probes the manifest until the server answers over HTTP; if
either does not happen, :class:`LiveServerError` says which and carries the server's log.
While it runs, :meth:`LiveServer.log_since` gives what it logged during one request.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque

import requests

from ..contract import MANIFEST_PATH


class LiveServerError(RuntimeError):
    """The live server did not start or did not answer; the message holds its log."""


class LiveServer:
    """A subprocess serving ``app_spec`` with ``server`` (one of :data:`~flask_conformance.transports.SERVERS`).

    :param app_spec: the ``--app`` spec; the subprocess loads it itself.
    :param server: the WSGI server to use.
    :param startup_timeout: seconds to wait for the server to listen and accept connections
        (loading a large app takes a while).
    :param request_timeout: seconds the first answer to the manifest may take once it accepts.
    """

    def __init__(self, app_spec: str, server: str = "waitress", startup_timeout: float = 15.0,
                 request_timeout: float = 5.0):
        self.app_spec = app_spec
        self.server = server
        self.startup_timeout = startup_timeout
        self.request_timeout = request_timeout
        self.base_url: str | None = None
        self._process: subprocess.Popen | None = None
        self._log = tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace")
        #: What the app printed after the LISTENING line (its last lines only).
        self._printed: deque[str] = deque(maxlen=500)
        self._printed_count = 0
        self._reader: threading.Thread | None = None

    def start(self) -> str:
        """Start the server and return its base URL once it answers."""
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p or os.getcwd() for p in sys.path))
        env["PYTHONUNBUFFERED"] = "1"
        self._process = subprocess.Popen(
            [sys.executable, "-m", "flask_conformance.transports.serve", "--app", self.app_spec,
             "--server", self.server],
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            env=env,
        )
        self.base_url = self._read_listening_line()
        self._probe()
        return self.base_url

    def stop(self) -> None:
        """Stop the server (terminate, then kill after 5 s) and close its pipe and log."""
        self._terminate()
        if self._reader is not None:
            self._reader.join(1)  # the server is gone: its stdout is at its end
        # Unless a process the app started holds the pipe open: closing it under a blocked read
        # would wait for that read, so the pipe is left to the garbage collector.
        reading = self._reader is not None and self._reader.is_alive()
        if self._process is not None and self._process.stdout is not None and not reading:
            self._process.stdout.close()
        self._log.close()

    def _terminate(self) -> None:
        if self._process is None or self._process.poll() is not None:
            return
        self._process.terminate()
        try:
            self._process.wait(5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(5)

    def log(self) -> str:
        """What the server wrote to stderr so far, then the last lines it printed."""
        self._log.flush()
        self._log.seek(0)
        printed = "".join(self._printed)
        return self._log.read() + (f"--- the last lines it printed:\n{printed}" if printed else "")

    def log_mark(self) -> tuple[int, int]:
        """Where the log ends now; :meth:`log_since` gives what the server writes after it."""
        return os.fstat(self._log.fileno()).st_size, self._printed_count

    def log_since(self, mark: tuple[int, int]) -> str:
        """What the server wrote to stderr, then printed, after ``mark``."""
        offset, printed_before = mark
        size = os.fstat(self._log.fileno()).st_size
        # pread: the server writes through the same file offset, which a seek would move.
        written = os.pread(self._log.fileno(), size - offset, offset).decode("utf-8", "replace")
        new_lines = min(self._printed_count - printed_before, len(self._printed))
        printed = "".join(list(self._printed)[len(self._printed) - new_lines:])
        return written + (f"--- it printed:\n{printed}" if printed else "")

    def exit_status(self, wait: float = 0.0) -> int | None:
        """The server's exit status once it has exited (waiting up to ``wait`` s), else None."""
        try:
            return self._process.wait(wait)
        except subprocess.TimeoutExpired:
            return None

    def _read_listening_line(self) -> str:
        found: dict = {}

        def read():
            # Read stdout to its end, not only to the LISTENING line: an app that prints on
            # every request would otherwise fill the pipe and block the server.
            for line in self._process.stdout:
                if "url" not in found and line.startswith("LISTENING "):
                    found["url"] = line.split(" ", 1)[1].strip()
                else:
                    self._printed.append(line)
                    self._printed_count += 1

        self._reader = reader = threading.Thread(target=read, name="conformance-server-stdout", daemon=True)
        reader.start()
        deadline = time.monotonic() + self.startup_timeout
        while "url" not in found and reader.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        if "url" not in found:
            self._fail(f"failed to start: it did not report a listening port within {self.startup_timeout:g} s")
        return found["url"]

    def _probe(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        where = f"GET {MANIFEST_PATH}"
        while True:
            try:
                # stream: the status line is enough, and a manifest body that never ends is the
                # client's to report, within its own deadline.
                requests.get(self.base_url + MANIFEST_PATH, timeout=self.request_timeout, stream=True).close()
                return  # any HTTP answer means the server is up
            except requests.ReadTimeout:
                self._fail(f"started but did not answer {where} within {self.request_timeout:g} s")
            except requests.RequestException as exc:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    self._fail(f"failed to start: it did not accept {where} on {self.base_url} ({exc})")
                time.sleep(0.05)

    def _fail(self, what_happened: str):
        code = self._process.poll()
        status = f"exit status {code}" if code is not None else "stopped by the suite"
        self._terminate()
        log = self.log()
        self.stop()
        raise LiveServerError(
            f"the {self.server} server for --app={self.app_spec!r} {what_happened} "
            f"({status}). Server log:\n{log or '(empty)'}"
        )
