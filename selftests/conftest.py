"""Fixtures shared by the self-tests."""

import pytest

from selftests.suite_runs import run_suite


@pytest.fixture(scope="session")
def baseline(tmp_path_factory):
    """The whole suite against the unpatched reference app, in-process."""
    return run_suite("reference_app:create_app()", tmp_path_factory.mktemp("baseline") / "results.jsonl")
