"""What a ``flask-conformance run`` changes in its own pytest session (``--conformance-suite-only``),
where only the suite's scenarios and step definitions are collected: no other project's
conftest, paths or steps can be affected."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import step_lookup
from .paths import STEPS


def configure(config) -> None:
    _refuse_other_paths(config)
    step_lookup.install(config)
    _skip_final_gc(config)


def _refuse_other_paths(config) -> None:
    # The command runs the suite's own scenarios; a path after -- would run them all anyway.
    others = [arg for arg in config.args if Path(arg.split("::")[0]).resolve() != STEPS.resolve()]
    if others:
        raise pytest.UsageError(
            f"{' '.join(others)}: flask-conformance run checks the suite's own scenarios and takes no paths; "
            f"select scenarios with -- -k <id> or -- -m <area>")


def _skip_final_gc(config) -> None:
    # pytest collects garbage five times at the end of a session to report unraisable
    # exceptions (a fifth of a second here); pytester turns it off the same way for its runs.
    try:
        from _pytest.unraisableexception import gc_collect_iterations_key
    except ImportError:
        return
    config.stash[gc_collect_iterations_key] = 0
