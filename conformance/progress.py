"""The progress stream of a supervised run: one JSON line per event, written and flushed
as it happens, so that the supervisor (supervisor.py) knows which scenario is running
when the process that runs the app hangs or dies, and holds every finished scenario's
record whatever happens next.

Events, in order: ``selected`` (every scenario the run will try), ``opening`` (the app is
being loaded or started), then ``refused`` (why the app cannot be checked; nothing runs)
or ``run`` (the run record, once the app answered its manifest), then ``start`` and
``end`` (with the scenario record) per scenario, and ``finish``. Under pytest-xdist every
worker writes its own ``selected``, ``run``, ``start`` and ``end`` events to the same file
(a line is one write, so lines never mix), and the controller adds ``crashed`` when a
worker dies during a scenario.
"""

from __future__ import annotations

import json


class ProgressWriter:
    def __init__(self, path: str):
        self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the run

    def emit(self, event: str, **fields) -> None:
        self._file.write(json.dumps({"event": event, **fields}, ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        self._file.close()


class ProgressReader:
    """Read the events a child appended since the last call."""

    def __init__(self, path: str):
        self._path = path
        self._offset = 0
        self._partial = ""

    def new_events(self) -> list[dict]:
        try:
            with open(self._path, encoding="utf-8") as stream:
                stream.seek(self._offset)
                text = stream.read()
                self._offset = stream.tell()
        except FileNotFoundError:
            return []
        lines = (self._partial + text).split("\n")
        self._partial = lines.pop()  # a line the child is still writing
        return [json.loads(line) for line in lines if line]
