"""Steps of the hooks area: the hook trail of a response and the teardown trail."""

from __future__ import annotations

from flask_conformance.contract import TRACE_HEADER
from pytest_bdd import parsers, then

from .observed import header_values, observed

#: The contract route that answers the teardown trail of the caller's latest request.
TEARDOWNS_PATH = "/hooks/teardowns"


@then(parsers.re(r"the trace is (?P<trail>\S.*)$"))
def _(response, trail):
    assert header_values(response, TRACE_HEADER) == [trail], (
        f"expected {TRACE_HEADER}: {trail!r}, got {observed(response)}"
    )


@then(parsers.re(r"the teardown trace is (?P<trail>\S.*)$"))
def _(conformance_client, response, trail):
    log = conformance_client.request("GET", TEARDOWNS_PATH)
    assert log.status_code == 200 and log.text == trail, (
        f"expected the teardown trail {trail!r} after {response.request.method} "
        f"{response.request.path_url}, got {observed(log)}"
    )
