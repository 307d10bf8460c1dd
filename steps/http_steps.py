"""The shared HTTP vocabulary: send a request, follow a redirect, check status, headers, body."""

from __future__ import annotations

import json
from urllib.parse import urljoin, urlsplit, urlunsplit

from pytest_bdd import given, parsers, then, when

from .observed import header_values, observed

REQUEST = r"the client sends (?P<method>[A-Z]+) (?P<path>/\S*)"


@given(parsers.re(r"the client sends every request with the header (?P<name>[\w-]+): (?P<value>\S.*)$"))
def _(conformance_client, name, value):
    # Host included: the environ's HTTP_HOST (in-process) and the request line's Host (live) follow it.
    conformance_client.headers[name] = value


@when(parsers.re(REQUEST + "$"), target_fixture="response")
def _(conformance_client, method, path):
    return conformance_client.request(method, path)


@when(parsers.re(REQUEST + r" with the form (?P<form>\S+)$"), target_fixture="response")
def _(conformance_client, method, path, form):
    return conformance_client.request(method, path, data=form,
                          headers={"Content-Type": "application/x-www-form-urlencoded"})


@when(parsers.re(REQUEST + r" with the JSON (?P<document>[\[{].*)$"), target_fixture="response")
def _(conformance_client, method, path, document):
    return conformance_client.request(method, path, data=document.encode("utf-8"),
                          headers={"Content-Type": "application/json"})


@when(parsers.re(REQUEST + r" with a JSON array nested (?P<depth>\d+) levels deep$"), target_fixture="response")
def _(conformance_client, method, path, depth):
    # Well-formed ([[...]]), so that only the depth can make the body fail to load.
    nested = int(depth)
    return conformance_client.request(method, path, data=b"[" * nested + b"]" * nested,
                                      headers={"Content-Type": "application/json"})


@when("the client follows the redirect", target_fixture="response")
def _(conformance_client, response):
    assert response.is_redirect, f"expected a redirect to follow, got {observed(response)}"
    target = urljoin(response.request.url, response.headers["Location"])
    # 307 and 308 repeat the method and body; the other redirects turn into GET.
    keep = response.status_code in (307, 308) or response.request.method == "HEAD"
    method = response.request.method if keep else "GET"
    if response.status_code in (307, 308):
        sent = response.request
        return conformance_client.request(method, target, data=sent.body,
                              headers={"Content-Type": sent.headers.get("Content-Type")})
    return conformance_client.request(method, target)


@then(parsers.re(r"the status is (?P<code>\d{3})$"))
def _(response, code):
    assert response.status_code == int(code), f"expected status {code}, got {observed(response)}"


@then(parsers.re(r'the header (?P<name>[\w-]+) is "(?P<value>[^"]*)"$'))
def _(response, name, value):
    assert header_values(response, name) == [value], (
        f"expected {name}: {value!r}, got {header_values(response, name)} in {observed(response)}"
    )


@then(parsers.re(r"the header (?P<name>[\w-]+) includes (?P<token>[\w-]+)$"))
def _(response, name, token):
    tokens = [t.strip().lower() for v in header_values(response, name) for t in v.split(",")]
    assert token.lower() in tokens, f"expected {name} to include {token}, got {observed(response)}"


@then(parsers.re(r"the Location is the absolute URL of (?P<path>/\S*)$"))
def _(conformance_client, response, path):
    expected = conformance_client.url(path)
    assert header_values(response, "Location") == [expected], (
        f"expected Location: {expected}, got {observed(response)}"
    )


@then(parsers.re(r"the Location is the relative URL of (?P<path>/\S*)$"))
def _(conformance_client, response, path):
    # Relative to the host, so an app served under a path prefix keeps that prefix.
    expected = urlunsplit(urlsplit(conformance_client.url(path))._replace(scheme="", netloc=""))
    assert header_values(response, "Location") == [expected], (
        f"expected Location: {expected}, got {observed(response)}"
    )


@then(parsers.re(r"the Allow header lists exactly (?P<methods>[A-Z, ]+)$"))
def _(response, methods):
    # The order of Allow changes with PYTHONHASHSEED: it is a set.
    expected = {m.strip() for m in methods.split(",")}
    got = {m.strip() for v in header_values(response, "Allow") for m in v.split(",") if m.strip()}
    assert got == expected, f"expected Allow = {sorted(expected)}, got {observed(response)}"


@then(parsers.re(r'the body is "(?P<text>.*)"$'))
def _(response, text):
    assert response.text == text, f"expected the body {text!r}, got {observed(response)}"


@then("the body is empty")
def _(response):
    assert response.content == b"", f"expected an empty body, got {observed(response)}"


@then(parsers.re(r'the body contains "(?P<text>.*)"$'))
def _(response, text):
    assert text in response.text, f"expected the body to contain {text!r}, got {observed(response)}"


@then(parsers.re(r"the JSON body is (?P<document>[\[{\"].*)$"))
def _(response, document):
    try:
        got = response.json()
    except ValueError:
        got = "(not JSON)"
    assert got == json.loads(document), f"expected the JSON {document}, got {observed(response)}"


@then(parsers.re(r"the body links to the absolute URL of (?P<path>/\S*)$"))
def _(conformance_client, response, path):
    link = f'href="{conformance_client.url(path)}"'
    assert link in response.text, f"expected the body to contain {link}, got {observed(response)}"


def request_origin(response) -> tuple[str, str]:
    """The scheme and host the request named: its URL's scheme, and its Host header if it sent one
    (requests puts the URL's host on the wire only when no Host header was set)."""
    sent = urlsplit(response.request.url)
    return sent.scheme, response.request.headers.get("Host") or sent.netloc


def app_url(conformance_client, response, path: str, kind: str = "absolute", scheme=None, host=None) -> str:
    """``path`` on the app: its root (a --base-url may have a path) on the scheme and host the
    request named, so that one line holds in-process (localhost), live (127.0.0.1:port) and under
    any Host; or, ``relative``, only the path, a mount's prefix included."""
    root = urlsplit(conformance_client.url(path))
    if kind == "relative":
        return urlunsplit(root._replace(scheme="", netloc=""))
    request_scheme, request_host = request_origin(response)
    return urlunsplit(root._replace(scheme=scheme or request_scheme, netloc=host or request_host))


@then(parsers.re(r"the body is the (?P<kind>absolute|relative) URL of (?P<path>/\S*?)"
                 r"(?: with the scheme (?P<scheme>[a-z]+))?(?: on the host (?P<host>[\w.:-]+))?$"))
def _(conformance_client, response, kind, path, scheme, host):
    expected = app_url(conformance_client, response, path, kind, scheme, host)
    assert response.text == expected, f"expected the body {expected!r}, got {observed(response)}"


@then(parsers.re(r"the response has no header (?P<name>[\w-]+)$"))
def _(response, name):
    assert header_values(response, name) == [], f"expected no {name} header, got {observed(response)}"


@then("the body is exactly these lines, each ending with a newline:")
def _(response, docstring):
    expected = "".join(line + "\n" for line in docstring.split("\n"))
    assert response.text == expected, f"expected the body {expected!r}, got {observed(response, limit=600)}"
