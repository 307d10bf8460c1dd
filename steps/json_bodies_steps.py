"""Steps of the json_bodies area: bodies sent with a given Content-Type (or none), and a
property over generated JSON documents."""

from __future__ import annotations

import json

from flask_conformance import profiles
from pytest_bdd import parsers, then, when

from .observed import observed


def _documents():
    """JSON documents, nested and bounded, each with how it is written: with \\u escapes for
    every non-ASCII character, or as raw UTF-8. Numbers are what JSON can carry both ways:
    integers within +-2**53 (the doubles' exact range) and finite floats (NaN and Infinity are
    not JSON, though Python's json module writes and reads them)."""
    from hypothesis import strategies as st  # here: a run without a property never imports hypothesis

    text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=8)  # lone surrogates are not UTF-8
    scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False,
                                                                                   allow_infinity=False) | text
    values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
                          max_leaves=12)
    return st.tuples(values, st.booleans())


def _same_json(got, want) -> bool:
    """Equal as JSON values: Python's == would take true for 1 and 1.0 for 1, and JSON has
    one number type, so integers and floats compare by value, booleans only with booleans."""
    if isinstance(want, bool) or isinstance(got, bool):
        return type(got) is type(want) and got == want
    if isinstance(want, (int, float)):
        return isinstance(got, (int, float)) and got == want
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(map(_same_json, got, want))
    if isinstance(want, dict):
        return isinstance(got, dict) and got.keys() == want.keys() and all(_same_json(got[k], want[k]) for k in want)
    return type(got) is type(want) and got == want


@when(parsers.re(r"the client sends (?P<method>[A-Z]+) (?P<path>/\S*) with the body '(?P<body>[^']*)' "
                 r"(?:as (?P<content_type>\S.*)|without a Content-Type)$"), target_fixture="response")
def _(conformance_client, method, path, body, content_type):
    # requests adds no Content-Type of its own to a bytes body: "without" sends none.
    headers = {"Content-Type": content_type} if content_type else {}
    return conformance_client.request(method, path, data=body.encode("utf-8"), headers=headers)


@when("the client generates JSON documents, written with and without \\u escapes", target_fixture="generated")
def _():
    return _documents()


@then(parsers.re(r'POST (?P<path>/\S*) with each of them as application/json answers \{"json": the document\}$'))
def _(conformance_target, generated, path):
    import hypothesis

    profiles.ensure_loaded()

    @hypothesis.given(generated)
    def each(example):
        document, ascii_only = example
        body = json.dumps(document, ensure_ascii=ascii_only).encode("utf-8")
        with conformance_target.new_client() as fresh:
            answer = fresh.request("POST", path, data=body, headers={"Content-Type": "application/json"})
        try:
            got = answer.json()
        except ValueError:
            got = "(not JSON)"
        assert answer.status_code == 200 and isinstance(got, dict) and "json" in got and _same_json(
            got["json"], document), (
            f"for the body {body[:200]!r}: expected 200 with {{\"json\": <that document>}}, got {observed(answer)}"
        )

    each()
