"""Steps of the routing area: what a view received from a converter, and properties over
generated URL parts (converter values, query strings, path segments)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlencode, urljoin, urlsplit

from flask_conformance import profiles
from pytest_bdd import parsers, then, when

from .observed import header_values, observed


@dataclass(frozen=True)
class GeneratedParts:
    """Inputs for a property: ``examples`` (a hypothesis strategy) draws pairs (the percent-encoded
    text the client puts into ``path`` or the URL a step names, what the app must decode from it)."""

    examples: object
    path: str = ""


def _segments():
    """One path segment: any text but "/", control characters (servers may refuse them in a
    request line) and lone surrogates (not UTF-8); "." and ".." would be resolved by the client.
    quote(safe="") percent-encodes every UTF-8 byte but ASCII letters, digits and "_.-~", so no
    delimiter (/ ? # %) is left raw, and requests' own requoting leaves the text as it is."""
    from hypothesis import strategies as st  # here: a run without a property never imports hypothesis

    text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/"), min_size=1, max_size=8)
    return text.filter(lambda s: s not in (".", "..")).map(lambda s: (quote(s, safe=""), s))


def _values(kind):
    """Pairs (URL text, value the view gets) that the converter ``kind`` matches."""
    from hypothesis import strategies as st

    if kind == "string":
        return _segments()
    if kind == "path":
        # Segments joined by "/", never empty (a "//" would be merged with a redirect), maybe a final "/".
        return st.tuples(st.lists(_segments(), min_size=1, max_size=3), st.booleans()).map(
            lambda drawn: tuple("/".join(part[i] for part in drawn[0]) + "/" * drawn[1] for i in (0, 1)))
    if kind == "int":
        # Leading zeros match too; url_for then builds the URL without them.
        return st.tuples(st.integers(0, 2), st.integers(0, 10**30)).map(lambda z: ("0" * z[0] + str(z[1]), z[1]))
    if kind == "float":
        # Digits, a dot, digits. Python writes floats under 1e-4 with an exponent, which the
        # converter does not match: url_for could not build them back, so none is drawn.
        decimals = st.tuples(st.integers(0, 10**6), st.text("0123456789", min_size=1, max_size=6))
        return decimals.map(lambda d: f"{d[0]}.{d[1]}").filter(lambda t: float(t) == 0 or float(t) >= 1e-4).map(
            lambda t: (t, float(t)))
    return st.tuples(st.uuids(), st.booleans()).map(lambda u: (str(u[0]).upper() if u[1] else str(u[0]), str(u[0])))


def _query_strings():
    """Query strings where some key repeats: more pairs than keys. urlencode percent-encodes
    every key and value (space as "+"), so no "&", "=" or "#" inside them is left raw."""
    from hypothesis import strategies as st

    text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=6)
    keys = st.lists(text.filter(bool), min_size=1, max_size=3, unique=True)
    pairs = keys.flatmap(lambda ks: st.lists(st.tuples(st.sampled_from(ks), text), min_size=len(ks) + 1, max_size=6))
    return pairs.map(lambda ps: (urlencode(ps), ps))


def _json(response):
    try:
        return response.json()
    except ValueError:
        return "(not JSON)"


def _receives(response, kind, value):
    got = _json(response)
    seen = {k: got.get(k) for k in ("value", "type")} if isinstance(got, dict) else got
    assert response.status_code == 200 and seen == {"value": value, "type": kind}, (
        f"expected the view to receive the {kind} {value!r}, got {observed(response)}"
    )
    return got


def _for_each(examples, check):
    """Run ``check(example)`` for each generated example, with the suite's hypothesis profile."""
    import hypothesis

    profiles.ensure_loaded()
    hypothesis.given(examples)(check)()


@then(parsers.re(r"the view receives the (?P<kind>\w+) (?P<value>.+)$"))
def _(response, kind, value):
    _receives(response, kind, json.loads(value))


@then(parsers.re(r"the URL built from those values is (?P<path>/\S*)$"))
def _(conformance_client, response, path):
    expected = urlsplit(conformance_client.url(path)).path
    got = _json(response)
    assert isinstance(got, dict) and got.get("url") == expected, (
        f"expected the URL {expected}, got {observed(response)}"
    )


@when(parsers.re(r"the client generates (?P<kind>string|path|int|float|uuid) values for GET (?P<path>/\S*\{value\})$"),
      target_fixture="generated")
def _(kind, path):
    return GeneratedParts(_values(kind), path)


@when(parsers.re(r"the client generates (?P<what>query strings with repeated keys|path segments)$"),
      target_fixture="generated")
def _(what):
    return GeneratedParts(_query_strings() if what.startswith("query") else _segments())


@then(parsers.re(r"each of them reaches the view as an? (?P<kind>\w+), and the URL built from it gives it back$"))
def _(conformance_target, generated, kind):
    def each(example):
        sent, value = example
        with conformance_target.new_client() as fresh:
            answer = fresh.request("GET", generated.path.replace("{value}", sent))
            built = _receives(answer, kind, value)["url"]
            # The built URL is a path from the host's root: the mount point (if any) is in it.
            _receives(fresh.request("GET", urljoin(answer.request.url, built)), kind, value)

    _for_each(generated.examples, each)


@then(parsers.re(r"GET (?P<path>/\S*) answers each of them with "
                 r"(?P<expected>the first value of each key|every value of each key, in order)$"))
def _(conformance_target, generated, path, expected):
    def each(example):
        query, pairs = example
        want = {}
        for key, value in pairs:
            want.setdefault(key, []).append(value)
        if expected.startswith("the first"):
            want = {key: values[0] for key, values in want.items()}
        with conformance_target.new_client() as fresh:
            answer = fresh.request("GET", f"{path}?{query}")
        assert answer.status_code == 200 and _json(answer) == want, (
            f"for ?{query}: expected 200 with {want!r}, got {observed(answer)}"
        )

    _for_each(generated.examples, each)


@then(parsers.re(r"GET (?P<path>/\S*\{segment\}\S*) answers each of them with (?P<code>\d{3})$"))
def _(conformance_target, generated, path, code):
    def each(example):
        with conformance_target.new_client() as fresh:
            answer = fresh.request("GET", path.replace("{segment}", example[0]))
        assert answer.status_code == int(code), f"for {example[1]!r}: expected {code}, got {observed(answer)}"

    _for_each(generated.examples, each)


@then(parsers.re(r"GET (?P<path>/\S*\{segment\}\S*) redirects each of them with (?P<code>3\d\d) "
                 r"to the absolute URL of (?P<target>/\S*)$"))
def _(conformance_target, generated, path, code, target):
    def each(example):
        sent, segment = example
        with conformance_target.new_client() as fresh:
            answer = fresh.request("GET", path.replace("{segment}", sent))
            want = urlsplit(fresh.url(target.replace("{segment}", sent)))
        got = urlsplit("".join(header_values(answer, "Location")))
        # Compared decoded: the app may leave characters raw that the client escaped ("!" for "%21").
        assert answer.status_code == int(code) and (got.scheme, got.netloc, unquote(got.path), got.query) == (
            want.scheme, want.netloc, unquote(want.path), ""), (
            f"for {segment!r}: expected {code} to {want.geturl()}, got {observed(answer)}"
        )

    _for_each(generated.examples, each)
