"""The self-test session's side of the mutant zygote: start it once, hand it runs, hear how each ended.

selftests.mutant_zygote is the process; a task here is one of its jobs (``name``,
``args``, ``log``, ``timeout``) and an ending one of its reports, less the name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from selftests.suite_runs import ROOT


class ZygoteError(Exception):
    """The zygote itself ended: no run can go on, whatever its mutant."""


class Zygote:
    """One ``python -m selftests.mutant_zygote`` process, its stderr kept in ``log``; it warms
    up with ``options``, the pytest options that every run it is given will have."""

    def __init__(self, log: Path, options: tuple[str, ...]):
        self._log = log
        with log.open("wb") as stderr:
            self._process = subprocess.Popen([sys.executable, "-m", "selftests.mutant_zygote", *options], cwd=ROOT,
                                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                                             text=True, bufsize=1)

    def run(self, tasks: list[dict], in_flight: int) -> dict[str, dict]:
        """Run ``tasks``, ``in_flight`` at a time; return each one's ending by name."""
        waiting, endings, running = list(tasks), {}, 0
        while waiting or running:
            while waiting and running < in_flight:
                self._send(waiting.pop(0))
                running += 1
            line = self._process.stdout.readline()
            if not line:
                raise ZygoteError(f"the mutant zygote ended (exit {self._process.wait()}); the end of its log "
                                  f"{self._log}:\n{self._log.read_text(errors='replace')[-3000:]}")
            ending = json.loads(line)
            endings[ending.pop("name")] = ending
            running -= 1
        return endings

    def _send(self, task: dict) -> None:
        try:
            self._process.stdin.write(json.dumps(task) + "\n")
            self._process.stdin.flush()
        except BrokenPipeError:
            pass  # it has ended: the read that follows says so, with its log

    def close(self) -> None:
        """End the zygote: at the end of its stdin it kills any child still running, and exits."""
        try:
            self._process.stdin.close()
        except BrokenPipeError:
            pass
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process.stdout.close()
