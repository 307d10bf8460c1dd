"""The hooks that keep, for a scenario that fails, the step that failed and the last request and
response (failure_details.py), for its record: loaded with the step modules (plugin.py)."""

from __future__ import annotations

import pytest

from . import failure_details

_CLIENT = pytest.StashKey[object]()
_FAILURE = pytest.StashKey[dict]()


def watch(item, client) -> None:
    """Make ``client`` the scenario's own (the conformance_client fixture's), whose exchanges count."""
    failure_details.watch(client)
    item.stash[_CLIENT] = client


def failure_of(item) -> dict | None:
    """What the scenario's failing step left (``failed_step``, ``exchange``), or None."""
    return item.stash.get(_FAILURE, None)


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    # Now, while the scenario's client is open: its teardown drops the bodies.
    client = request.node.stash.get(_CLIENT, None)
    try:
        seen = failure_details.exchange(exception, step_func_args, client)
    except Exception:  # noqa: BLE001 - an exception here would replace the step's own in the report
        seen = None
    request.node.stash[_FAILURE] = {"failed_step": failure_details.failed_step(scenario, step), "exchange": seen}


def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception):
    request.node.stash[_FAILURE] = {"failed_step": failure_details.failed_step(scenario, step)}
