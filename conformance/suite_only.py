"""What a ``flask-conformance run`` changes in its own pytest session (``--conformance-suite-only``),
where only the suite's scenarios and step definitions are collected: no other project's
conftest, paths or steps can be affected."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from . import bdd_shortcuts, feature_cache, fixture_arguments
from .paths import STEPS, user_cache


def configure(config) -> None:
    config.pluginmanager.register(_CollectGarbageAgain(), "flask-conformance-garbage")
    _refuse_other_paths(config)
    bdd_shortcuts.install(config)
    fixture_arguments.install(config)
    _skip_final_gc(config)
    _keep_hypothesis_files_out_of_the_cwd()
    feature_cache.prefill(user_cache() / "features")


def after_loading(config) -> None:
    """Once the app is loaded, before the first scenario."""
    if config.option.conformance_suite_only:
        # What exists now (pytest, the suite, the app and its framework) lives as long as the
        # run: freezing it spares every collection during the run a traversal of it all, the
        # one hypothesis forces when it first seeds its PRNG included (a tenth of a second).
        gc.freeze()


def _refuse_other_paths(config) -> None:
    # The command runs the suite's own scenarios; a path after -- would run them all anyway.
    others = [arg for arg in config.args if Path(arg.split("::")[0]).resolve() != STEPS.resolve()]
    if others:
        raise pytest.UsageError(
            f"{' '.join(others)}: flask-conformance run checks the suite's own scenarios and takes no paths; "
            f"select scenarios with -- -k <id> or -- -m <area>")


def _keep_hypothesis_files_out_of_the_cwd() -> None:
    # Hypothesis keeps its files (the constants it reads from local modules' source) in
    # ./.hypothesis unless told otherwise: a run must leave the directory it runs in as it was.
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(user_cache() / "hypothesis"))


def _skip_final_gc(config) -> None:
    # pytest collects garbage five times at the end of a session to report unraisable
    # exceptions (a fifth of a second here); pytester turns it off the same way for its runs.
    try:
        from _pytest.unraisableexception import gc_collect_iterations_key
    except ImportError:
        return
    config.stash[gc_collect_iterations_key] = 0


class _CollectGarbageAgain:
    """suite_process.py turns the collection of garbage off for the suite's start-up (its plugins,
    the collection of every scenario: objects that live as long as the run, and little garbage).
    Once the scenarios are collected, before the app is loaded, what exists is frozen and the
    collection is back on: the app loads and runs with it as ever."""

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_finish(self, session):
        _collect_again()

    @pytest.hookimpl(wrapper=True)
    def pytest_collection(self, session):
        try:
            return (yield)
        finally:
            _collect_again()  # where collection_finish never came: xdist's controller, an error


def _collect_again() -> None:
    if not gc.isenabled():  # off only in suite_process's child: anywhere else, nothing changes
        gc.freeze()
        gc.enable()
