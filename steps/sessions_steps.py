"""Steps of the sessions area: session cookies the client holds, sends and finds in responses."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http.cookiejar import eff_request_host

import requests
from flask_conformance import profiles
from flask_conformance.contract import SECRET_KEY
from pytest_bdd import given, parsers, then, when
from requests.cookies import MockRequest

from . import session_cookie
from .cookie_steps import cookie_attributes, cookie_lines
from .observed import observed, set_cookies

COOKIE = "session"
DAY = 86400
JSON = {"Content-Type": "application/json"}
KEY = r'(?P<key>the contract key|the key "[^"]+")'
IMF_FIXDATE = re.compile(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$")



def _payloads():
    """Session payloads: short text keys (a leading "_" is Flask's own, e.g. _permanent) to text or integers."""
    from hypothesis import strategies as st  # here: a run without a property never imports hypothesis

    characters = st.characters(blacklist_categories=("Cs",))  # lone surrogates are not UTF-8 JSON text
    return st.dictionaries(
        st.text(characters, min_size=1, max_size=8).filter(lambda k: k[0] != "_"),
        st.one_of(st.text(characters, max_size=30), st.integers(-(2**53), 2**53)),
        max_size=4,
    )


@dataclass(frozen=True)
class Generated:
    """Inputs for a property: ``prepare(client, example)`` readies a fresh client with one example
    drawn from ``examples`` (a hypothesis strategy)."""

    examples: object
    prepare: Callable


def _secret(key: str) -> str:
    return SECRET_KEY if key == "the contract key" else key[len('the key "'):-1]


def _hold(client, value: str) -> None:
    """Put a session cookie in the jar as if the app had set it (host-only, Path=/)."""
    # The jar files cookies under the effective host ("localhost.local" for "localhost");
    # any other domain would make a second cookie of the same name.
    _, domain = eff_request_host(MockRequest(requests.Request("GET", client.url("/")).prepare()))
    client.cookies.set(COOKIE, value, domain=domain, path="/")


def _send_json(client, method, path, document):
    return client.request(method, path, data=document.encode("utf-8"), headers=JSON)


def _require_cookie(response, what):
    assert response.status_code == 200 and set_cookies(response), (
        f"could not {what}: expected 200 with a session cookie, got {observed(response)}"
    )


def _cookie_value(response, name=COOKIE) -> str:
    lines = cookie_lines(response, name)
    assert len(lines) == 1, f"expected one Set-Cookie for {name}, got {observed(response)}"
    return lines[0].split(";", 1)[0].split("=", 1)[1]


def _json(response):
    try:
        return response.json()
    except ValueError:
        return "(not JSON)"


@given(parsers.re(r"the client's session holds (?P<document>\{.*\})$"))
def _(conformance_client, document):
    _require_cookie(_send_json(conformance_client, "POST", "/sessions/store", document), f"store {document}")


@given(parsers.re(r"the client's session is permanent(?: at (?P<prefix>/\S+))?$"))
def _(conformance_client, prefix):
    response = conformance_client.request("POST", f"{prefix or '/sessions'}/permanent")
    _require_cookie(response, "make the session permanent")


@given(parsers.re(r"the client holds a session cookie (?P<document>\{.*\}) signed with " + KEY
                  + r"(?: (?P<days>\d+) days? (?P<direction>ago|in the future))?$"))
def _(conformance_client, document, key, days, direction):
    shift = int(days or 0) * DAY * (-1 if direction == "ago" else 1)
    _hold(conformance_client, session_cookie.sign(json.loads(document), _secret(key), int(time.time()) + shift))


@given(parsers.re(r"the client holds a session cookie (?P<document>\{.*\}) under the signature of (?P<signed>\{.*\})$"))
def _(conformance_client, document, signed):
    _, stamp, signature = session_cookie.split(session_cookie.sign(json.loads(signed), SECRET_KEY))
    forged = session_cookie.encode_payload(json.loads(document))
    _hold(conformance_client, f"{forged}.{stamp}.{signature}")


@given(parsers.re(r'the client holds the session cookie "(?P<value>[^"]*)"$'))
def _(conformance_client, value):
    _hold(conformance_client, value)


@when(parsers.re(r"the client stores generated payloads with (?P<method>[A-Z]+) (?P<path>/\S*)$"),
      target_fixture="generated")
def _(method, path):
    def store(client, payload):
        response = client.request(method, path, json=payload)
        assert response.status_code == 200, f"could not store {payload!r}: {observed(response)}"
        return payload

    return Generated(_payloads(), store)


@when("the client alters one character of its session cookie in generated ways", target_fixture="generated")
def _(conformance_client):
    from hypothesis import strategies as st

    value = conformance_client.cookies.get(COOKIE)
    assert value, "expected the client to hold a session cookie to alter"
    alterations = st.tuples(st.integers(0, len(value) - 1), st.sampled_from(session_cookie.ALPHABET + ".")).map(
        lambda change: value[:change[0]] + change[1] + value[change[0] + 1:]
    ).filter(lambda altered: altered != value and not session_cookie.same_token(value, altered))
    return Generated(alterations, _hold)


@then(parsers.re(r"the session cookie is signed with " + KEY + r" and holds (?P<text>\{.*\})$"))
def _(response, key, text):
    value = _cookie_value(response)
    try:
        decoded = session_cookie.verify(value, _secret(key))
    except session_cookie.InvalidCookie as exc:
        raise AssertionError(f"expected a session cookie signed with {key}: {exc}") from None
    assert decoded.text == text, f"expected the session cookie to hold {text}, it holds {decoded.text}"
    age = time.time() - decoded.timestamp
    assert -60 < age < 60, f"expected the cookie to be signed now, it was signed {age:.0f} s ago"


@then("the session cookie payload is compressed with zlib")
def _(response):
    value = _cookie_value(response)
    assert value.startswith("."), f"expected a compressed payload (a leading '.'), got {value!r:.80}"


@then(parsers.re(r"the Set-Cookie header for (?P<name>[\w-]+) is longer than (?P<size>\d+) bytes$"))
def _(response, name, size):
    lines = cookie_lines(response, name)
    assert len(lines) == 1 and len(lines[0]) > int(size), (
        f"expected one Set-Cookie for {name} over {size} bytes, got {[len(line) for line in lines]} bytes "
        f"in {observed(response)}"
    )


@then(parsers.re(r"the cookie (?P<name>[\w-]+) expires (?P<amount>\d+) (?P<unit>days|seconds) from now, "
                 r"without Max-Age$"))
def _(response, name, amount, unit):
    lines = cookie_lines(response, name)
    assert len(lines) == 1, f"expected one Set-Cookie for {name}, got {observed(response)}"
    attributes = {name.lower(): value for name, _, value in (a.partition("=") for a in cookie_attributes(lines[0]))}
    assert "max-age" not in attributes and IMF_FIXDATE.match(attributes.get("expires", "")), (
        f"expected an IMF-fixdate Expires and no Max-Age in {lines[0]!r}"
    )
    expected = time.time() + int(amount) * (DAY if unit == "days" else 1)
    off = parsedate_to_datetime(attributes["expires"]).timestamp() - expected
    assert abs(off) < 15, f"expected Expires {amount} {unit} from now, it is {off:+.0f} s off in {lines[0]!r}"


@then(parsers.re(r"(?P<method>[A-Z]+) (?P<path>/\S*) answers each of them with "
                 r"(?P<expected>the stored payload|an empty session)$"))
def _(conformance_target, generated, method, path, expected):
    import hypothesis

    profiles.ensure_loaded()

    @hypothesis.given(generated.examples)
    def each(example):
        with conformance_target.new_client() as fresh:
            stored = generated.prepare(fresh, example)
            answer = fresh.request(method, path)
        want = stored if expected == "the stored payload" else {}
        assert answer.status_code == 200 and _json(answer) == want, (
            f"for {example!r}: expected 200 with {want!r}, got {observed(answer)}"
        )

    each()
