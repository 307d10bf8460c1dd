"""Steps of the wsgi_environ area: requests shaped as real clients send them (without a header,
chunked, in pieces, without a Content-Length) and what the view read from the environ
(/wsgi_environ/request answers it as JSON)."""

from __future__ import annotations

import json

import pytest
from flask_conformance.transports import UNDECODED_CHUNKED
from flask_conformance.transports.wire import NO_HEADER, InPieces
from pytest_bdd import parsers, then, when

from .http_steps import app_url
from .observed import answer_field, observed

REQUEST = r"the client sends (?P<method>[A-Z]+) (?P<path>/\S*)"
JSON = r"(?P<value>[\"{\[].*|-?\d.*|true|false|null)"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DEFAULT_PORTS = {"http": "80", "https": "443"}


@when(parsers.re(REQUEST + r" without an? (?P<name>[\w-]+) header$"), target_fixture="response")
def _(conformance_client, method, path, name):
    # Without Host the request goes as HTTP/1.0, which allows it (transports/wire.py).
    return conformance_client.request(method, path, headers={name: NO_HEADER})


@when(parsers.re(REQUEST + r" with the form (?P<form>\S+) sent "
                 r"(?P<how>chunked|in pieces of (?P<size>\d+) bytes?|without a Content-Length)$"),
      target_fixture="response")
def _(conformance_target, conformance_client, method, path, form, how, size):
    data = form.encode("utf-8")
    if how == "chunked":
        server = conformance_target.server
        if server is not None and server.server in UNDECODED_CHUNKED:
            pytest.skip(f"{server.server}'s server passes a chunked body on undecoded (the chunk framing in "
                        f"wsgi.input, no CONTENT_LENGTH), so no app reads it: run with another --server")
        # requests sends a generator's pieces as chunks, with Transfer-Encoding: chunked.
        return conformance_client.request(method, path, data=iter([data[:3], data[3:]]), headers=FORM)
    if how == "without a Content-Length":
        return conformance_client.request(method, path, data=data, headers={**FORM, "Content-Length": NO_HEADER})
    return conformance_client.request(method, path, data=InPieces(data, int(size)), headers=FORM)


@then(parsers.re(r"the view built its own (?P<external>external )?URL as the (?P<kind>absolute|relative) URL of "
                 r"(?P<path>/\S*?)(?: on the host (?P<host>[\w.:-]+))?$"))
def _(conformance_client, response, external, kind, path, host):
    expected = app_url(conformance_client, response, path, kind, host=host)
    got = answer_field(response, "own_external_url" if external else "own_url")
    assert got == expected, f"expected url_for to build {expected!r}, got {got!r} in {observed(response)}"


@then(parsers.re(r"the request's (?P<name>\w+) is the environ's (?P<key>[\w.]+)$"))
def _(response, name, key):
    environ = answer_field(response, "environ")
    assert key in environ, f"the environ had no {key}: {observed(response)}"
    got = answer_field(response, name)
    assert got == environ[key], f"expected request.{name} to be {key} {environ[key]!r}, got {got!r}"


@then("the request's host is SERVER_NAME, with SERVER_PORT unless it is the scheme's default")
def _(response):
    environ = answer_field(response, "environ")
    name, port = environ.get("SERVER_NAME"), environ.get("SERVER_PORT")
    default = port == DEFAULT_PORTS.get(environ.get("wsgi.url_scheme"))
    expected = name if default else f"{name}:{port}"
    got = answer_field(response, "host")
    assert got == expected, f"expected request.host {expected!r} (SERVER_NAME {name!r}, SERVER_PORT {port!r}), " \
                            f"got {got!r} in {observed(response)}"


@then(parsers.re(r"the request's header (?P<name>[\w-]+) is " + JSON + "$"))
def _(response, name, value):
    got = answer_field(response, "headers").get(name)
    assert got == json.loads(value), f"expected the header {name} {value}, got {got!r} in {observed(response)}"


@then(parsers.re(r"the environ's (?P<key>[\w.]+) was " + JSON + "$"))
def _(response, key, value):
    environ = answer_field(response, "environ")
    assert environ.get(key) == json.loads(value), f"expected {key} {value}, got {observed(response)}"


@then(parsers.re(r"the environ had no (?P<key>[\w.]+)$"))
def _(response, key):
    environ = answer_field(response, "environ")
    assert key not in environ, f"expected no {key} in the environ, got {observed(response)}"
