"""Steps of the real_servers area: which server serves the app, requests written on a socket
as they are, and what a server sent on the wire after the header block."""

from __future__ import annotations

import pytest
from flask_conformance.transports import SERVERS
from pytest_bdd import given, parsers, then, when

from .observed import observed

_NAME = "|".join(SERVERS)


@given(parsers.re(rf"the app is served by (?P<names>(?:{_NAME})(?: or (?:{_NAME}))*)$"))
def _(conformance_target, names):
    # Where servers differ, each of their behaviors is a scenario of its own: it runs on the
    # servers it names, and skips, saying so, on the others and on a server it does not know.
    wanted = names.split(" or ")
    server = conformance_target.server
    if server is None:
        pytest.skip(f"the scenario states what {names} does, and the server at --base-url is not known to be one")
    if server.server not in wanted:
        pytest.skip(f"the scenario states what {names} does, and {server.server} serves the app: "
                    f"run with --server {wanted[0]} to check it")


@when(parsers.re(r'the client writes the request line "(?P<method>\S+) (?P<path>/\S*) (?P<version>HTTP/1\.[01])" '
                 r"on a connection of its own$"), target_fixture="response")
def _(conformance_client, method, path, version):
    # As written: requests would upper-case the method and add headers of its own.
    return conformance_client.send_raw(method, path, version)


@then("the server sent nothing after the header block")
def _(response):
    assert response.content == b"" and response.after == b"", (
        f"expected no bytes after the header block, got {len(response.content) + len(response.after)}: "
        f"{(response.content + response.after)[:80]!r} after {observed(response)}"
    )
