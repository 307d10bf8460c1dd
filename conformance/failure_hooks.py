"""The hooks that keep, for a scenario that fails, the step that failed and the last request and
response (failure_details.py), for its record: loaded with the step modules (plugin.py)."""

from __future__ import annotations

import pytest

from . import failure_details

_FAILURE = pytest.StashKey[dict]()


def failure_of(item) -> dict | None:
    """What the scenario's failing step left (``failed_step``, ``exchange``), or None."""
    return item.stash.get(_FAILURE, None)


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    # Now, while the scenario's client is open: its teardown drops the bodies.
    client = _scenario_client(request)
    try:
        seen = failure_details.exchange(exception, step_func_args, client)
    except Exception:  # noqa: BLE001 - an exception here would replace the step's own in the report
        seen = None
    request.node.stash[_FAILURE] = {"failed_step": failure_details.failed_step(scenario, step), "exchange": seen}


def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception):
    request.node.stash[_FAILURE] = {"failed_step": failure_details.failed_step(scenario, step)}


def _scenario_client(request):
    """The scenario's own client (the conformance_client fixture's), if a step asked for it: its
    exchanges are the scenario's. Only a fixture already set up is among ``fixturenames`` here."""
    if "conformance_client" not in request.fixturenames:
        return None
    return request.getfixturevalue("conformance_client")
