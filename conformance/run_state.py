"""What one suite run holds: its options' expectations, the app under test, the results."""

from __future__ import annotations

import time
from pathlib import Path

from .expectations import Expectations, ExpectationsError, load_expectations
from .paths import VERSIONS
from .progress_plugin import NoProgress
from .provenance import stack
from .results import ResultCollector
from .spec_index import scenario_ids


class RunState:
    def __init__(self, expectations: Expectations | None = None):
        self.started = time.time()
        self.stack = stack()
        self.expectations = expectations
        self.target = None
        self.collector = ResultCollector()
        self.order: dict = {"shuffled": False}
        #: Where a supervised run's progress goes (progress_plugin.ProgressHooks); else nowhere.
        self.progress = NoProgress()

    @classmethod
    def from_options(cls, option) -> RunState:
        path = resolve_expectations(option.conformance_expectations)
        if path is None:
            return cls()
        return cls(load_expectations(path, scenario_ids()).active())


def resolve_expectations(value: str | None) -> Path | None:
    """The file that ``--expectations`` names: a path, or the name of a bundled file
    (``flask22``: the suite's own expectations for Flask 2.2)."""
    if not value:
        return None
    bundled = VERSIONS / f"{value}.toml"
    if not Path(value).exists() and "/" not in value and bundled.exists():
        return bundled
    if not Path(value).exists():
        names = ", ".join(sorted(p.stem for p in VERSIONS.glob("*.toml"))) or "none"
        raise ExpectationsError(f"{value}: no such expectations file (bundled names: {names})")
    return Path(value)
