"""Fixtures shared by the self-tests."""

import pytest
from flask_conformance.contract import REFERENCE_APP

from selftests.suite_runs import run_suite

# Other projects' tests, run by test_installed.py in their own environment, never collected here.
collect_ignore = ["foreign"]


@pytest.fixture(scope="session")
def baseline(tmp_path_factory):
    """The whole suite against the unpatched reference app, in-process."""
    return run_suite(REFERENCE_APP, tmp_path_factory.mktemp("baseline") / "results.jsonl")
