"""Steps only the responses scenarios use; the shared vocabulary is in http_steps.py and cookie_steps.py."""

from __future__ import annotations

from pytest_bdd import parsers, then

from .observed import header_values, observed


@then(parsers.re(r'the status is (?P<code>\d{3}) with the reason phrase "(?P<reason>[^"]*)"$'))
def _(response, code, reason):
    got = (response.status_code, response.reason)
    assert got == (int(code), reason), f"expected the status line {code} {reason}, got {observed(response)}"


@then(parsers.re(r'the header (?P<name>[\w-]+) is sent twice, as "(?P<first>[^"]*)" then "(?P<second>[^"]*)"$'))
def _(response, name, first, second):
    # Two header lines, in this order, not one line joined with a comma.
    assert header_values(response, name) == [first, second], (
        f"expected the lines {name}: {first} and {name}: {second}, got {observed(response)}"
    )


@then(parsers.re(r"the body is the JSON text (?P<text>.+) and a newline$"))
def _(response, text):
    expected = text + "\n"
    assert response.text == expected, f"expected the body {expected!r}, got {observed(response)}"


@then("the body is sent chunked when the server answers in HTTP/1.1")
def _(response):
    # With no Content-Length, HTTP/1.1 frames the body with chunked coding (RFC 9112, 6.1); an
    # HTTP/1.0 server (wsgiref's) has no chunks and ends the body by closing the connection.
    version = response.raw.version
    expected = ["chunked"] if version == 11 else []
    assert header_values(response, "Transfer-Encoding") == expected, (
        f"expected Transfer-Encoding {expected} over HTTP/{version / 10}, got {observed(response)}"
    )
