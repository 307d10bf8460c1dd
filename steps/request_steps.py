"""Steps of the request area: what the view read from the request (answered as JSON), uploads,
bodies of a given content type, and properties over query strings and file names."""

from __future__ import annotations

import json
import socket
from urllib.parse import urlencode, urlsplit

from flask_conformance import profiles
from pytest_bdd import parsers, then, when

from .http_steps import app_url, request_origin
from .observed import answer_field, observed

REQUEST = r"the client sends (?P<method>[A-Z]+) (?P<path>/\S*)"
NONE = "(none)"  # a table cell for "not sent": a part without a filename or Content-Type


def _json(response):
    try:
        return response.json() if response.status_code == 200 else None
    except ValueError:
        return None


def _own_address(client) -> str:
    """The address the app sees the client connect from: in-process, the adapter's REMOTE_ADDR;
    over TCP, the local address the system routes to the app's host from."""
    adapter = client.get_adapter(client.url("/"))
    if hasattr(adapter, "remote_addr"):
        return adapter.remote_addr
    url = urlsplit(client.base_url)
    family, _, _, _, address = socket.getaddrinfo(url.hostname, url.port or (443 if url.scheme == "https" else 80),
                                                  type=socket.SOCK_DGRAM)[0]
    with socket.socket(family, socket.SOCK_DGRAM) as probe:
        probe.connect(address)  # UDP: nothing is sent, the system only picks the route
        return probe.getsockname()[0]


def _part(cell):
    return None if cell == NONE else cell


@when(parsers.re(REQUEST + r" with the (?P<ctype>[\w.+-]+/[\w.+-]+(?:; ?[\w-]+=[\w-]+)?) body \"(?P<body>.*)\"$"),
      target_fixture="response")
def _(conformance_client, method, path, ctype, body):
    return conformance_client.request(method, path, data=body.encode("utf-8"), headers={"Content-Type": ctype})


@when(parsers.re(REQUEST + r" with the multipart parts:$"), target_fixture="response")
def _(conformance_client, method, path, datatable):
    # One part per row, in order; filename (none) makes a plain form field.
    header, *rows = datatable
    assert header == ["field", "filename", "content type", "content"], f"unexpected columns {header}"
    parts = [(field, (_part(name), content.encode("utf-8"), _part(ctype))) for field, name, ctype, content in rows]
    return conformance_client.request(method, path, files=parts)


@when(parsers.re(r'the client uploads the file "(?P<name>[^"]*)" containing "(?P<content>[^"]*)" '
                 r"to (?P<method>[A-Z]+) (?P<path>/\S*)$"), target_fixture="response")
def _(conformance_client, name, content, method, path):
    return conformance_client.request(method, path, files={"file": (name, content.encode("utf-8"))})


@when(parsers.re(r'the client asks (?P<path>/\S*) to secure the file name "(?P<name>.*)"$'), target_fixture="response")
def _(conformance_client, path, name):
    return conformance_client.request("GET", path, params={"name": name})


@then(parsers.re(r"the request's (?P<attribute>\w+) (?:is|are) (?P<value>[\"{\[].*|-?\d.*|true|false|null)$"))
def _(response, attribute, value):
    got = answer_field(response, attribute)
    assert got == json.loads(value), f"expected the request's {attribute} {value}, got {got!r} in {observed(response)}"


@then(parsers.re(r"the request's (?P<attribute>\w+) is the (?P<kind>absolute|relative) URL of (?P<path>/\S*?)"
                 r"(?: with the scheme (?P<scheme>[a-z]+))?(?: on the host (?P<host>[\w.:-]+))?$"))
def _(conformance_client, response, attribute, kind, path, scheme, host):
    expected = app_url(conformance_client, response, path, kind, scheme, host)
    got = answer_field(response, attribute)
    assert got == expected, f"expected the request's {attribute} {expected!r}, got {got!r} in {observed(response)}"


@then(parsers.re(r"the request's (?P<attribute>\w+) is the client's "
                 r"(?P<part>scheme|host|host URL|own address|root path)(?: followed by (?P<suffix>/\S*))?$"))
def _(conformance_client, response, attribute, part, suffix):
    scheme, host = request_origin(response)
    if part == "own address":
        expected = _own_address(conformance_client)
    elif part == "root path":  # where the suite reaches the app: "" in-process, "/mnt" for a server mounted there
        expected = urlsplit(conformance_client.base_url).path
    else:
        expected = {"scheme": scheme, "host": host, "host URL": f"{scheme}://{host}/"}[part]
    expected += suffix or ""
    got = answer_field(response, attribute)
    assert got == expected, f"expected the request's {attribute} {expected!r} (the client's {part}), got {got!r}"


@then("the request's files are:")
def _(response, datatable):
    header, *rows = datatable
    assert header == ["field", "filename", "content type", "mimetype", "content"], f"unexpected columns {header}"
    expected = {}
    for field, name, ctype, mimetype, content in rows:
        expected.setdefault(field, []).append(
            {"name": field, "filename": name, "content_type": _part(ctype), "mimetype": mimetype, "content": content})
    got = answer_field(response, "files")
    assert got == expected, f"expected the files {expected}, got {got}"


def _query_pairs():
    """Pairs (key, value) where some key repeats and some text is not ASCII: urlencode
    percent-encodes every UTF-8 byte of them (space as "+"), so no "&", "=" or "#" stays raw."""
    from hypothesis import strategies as st  # here: a run without a property never imports hypothesis

    text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=5)
    keys = st.lists(text.filter(bool), min_size=1, max_size=3, unique=True)
    pairs = keys.flatmap(lambda ks: st.lists(st.tuples(st.sampled_from(ks), text), min_size=len(ks) + 1, max_size=6))
    return pairs.filter(lambda ps: not "".join(k + v for k, v in ps).isascii())


def _file_names():
    """Names made of traversal pieces, dots, separators (also the fullwidth ones NFKD turns into
    "/" and "."), Windows device names, non-ASCII letters and any other text."""
    from hypothesis import strategies as st

    pieces = st.sampled_from(["..", ".", "/", "\\", "\uff0f", "\uff0e", "\u2024", " ", "~", "con", "中文", "é", "_"])
    return st.lists(st.one_of(pieces, st.text(st.characters(blacklist_categories=("Cs",)), max_size=4)),
                    max_size=8).map("".join)


@when(parsers.re(r"the client generates (?P<what>query strings with non-ASCII and repeated keys|file names "
                 r"with separators, dots and non-ASCII letters)$"), target_fixture="generated")
def _(what):
    return _query_pairs() if what.startswith("query") else _file_names()


def _for_each(examples, check):
    import hypothesis

    profiles.ensure_loaded()
    hypothesis.given(examples)(check)()


@then(parsers.re(r"GET (?P<path>/\S*) answers each of them with its keys in order, each with its values in order$"))
def _(conformance_target, generated, path):
    def each(pairs):
        want = {}
        for key, value in pairs:
            want.setdefault(key, []).append(value)
        with conformance_target.new_client() as fresh:
            answer = fresh.request("GET", f"{path}?{urlencode(pairs)}")
        assert _json(answer) == [[k, v] for k, v in want.items()], (
            f"for {pairs!r}: expected 200 with {list(want.items())!r}, got {observed(answer)}")

    _for_each(generated, each)


@then(parsers.re(r"(?P<path>/\S*) secures each of them to a name without a separator or a leading dot$"))
def _(conformance_target, generated, path):
    def each(name):
        with conformance_target.new_client() as fresh:
            answer = fresh.request("GET", path, params={"name": name})
        secured = answer.text
        assert answer.status_code == 200 and not {"/", "\\"} & set(secured) and not secured.startswith("."), (
            f"for {name!r}: expected 200 with a name without / or \\ or a leading dot, got {observed(answer)}")

    _for_each(generated, each)
