"""Steps only the static_files scenarios use; the shared vocabulary is in http_steps.py and cookie_steps.py."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import timedelta
from email.utils import format_datetime, formatdate, parsedate_to_datetime

from flask_conformance import profiles
from pytest_bdd import given, parsers, then, when

from .http_steps import REQUEST
from .observed import header_values, observed

IMF_FIXDATE = re.compile(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$")
STRONG_ETAG = re.compile(r'"[\x21\x23-\x7e]+"$')


@dataclass(frozen=True)
class GeneratedRanges:
    """Byte ranges for a property: ``examples`` draws (Range header value, first, last) for a
    file of ``size`` bytes, ``last`` being the last byte the answer holds."""

    path: str
    size: int
    examples: object


def _one_header(response, name):
    values = header_values(response, name)
    assert len(values) == 1, f"expected one {name} header, got {observed(response)}"
    return values[0]


def _file_facts(client, path):
    answer = client.request("GET", path)
    assert answer.status_code == 200, f"could not read what {path} reports: {observed(answer)}"
    return answer.json()


@when(parsers.re(REQUEST + r" exactly as written$"), target_fixture="response")
def _(conformance_client, method, path):
    # requests resolves "." and ".." segments and decodes "%2e" before sending: the URL is put
    # back as the scenario writes it, so those bytes reach the app (PATH_INFO decodes "%2e").
    url = conformance_client.url(path)
    prepare = conformance_client.prepare_request

    def prepare_as_written(request):
        prepared = prepare(request)
        prepared.url = url
        return prepared

    conformance_client.prepare_request = prepare_as_written
    try:
        return conformance_client.request(method, path)
    finally:
        del conformance_client.prepare_request


@when(parsers.re(r"the client fetches (?P<path>/\S*) with \?path= set to the absolute path that "
                 r"(?P<facts>/\S*) reports$"), target_fixture="response")
def _(conformance_client, path, facts):
    absolute = _file_facts(conformance_client, facts)["path"]
    return conformance_client.request("GET", path, params={"path": absolute})


@given(parsers.re(r"the client has fetched (?P<path>/\S*)$"), target_fixture="fetched")
def _(conformance_client, path):
    answer = conformance_client.request("GET", path)
    assert answer.status_code == 200, f"could not fetch {path}: {observed(answer)}"
    return answer


@when(parsers.re(r"the client fetches it again with (?P<name>[\w-]+) set to its (?P<source>[\w-]+)$"),
      target_fixture="response")
def _(conformance_client, fetched, name, source):
    value = _one_header(fetched, source)
    return conformance_client.request("GET", fetched.request.url, headers={name: value})


@when("the client fetches it again with If-Modified-Since a day before its Last-Modified", target_fixture="response")
def _(conformance_client, fetched):
    # Relative to the file's own date: an install may give its files any mtime, even 1980's.
    before = parsedate_to_datetime(_one_header(fetched, "Last-Modified")) - timedelta(days=1)
    return conformance_client.request("GET", fetched.request.url,
                                      headers={"If-Modified-Since": format_datetime(before, usegmt=True)})


@then(parsers.re(r"the Content-Disposition is (?P<value>(?:inline|attachment)\b.*)$"))
def _(response, value):
    # Unquoted in the step text: a value may hold both kinds of quote (filename="a b", UTF-8'').
    assert header_values(response, "Content-Disposition") == [value], (
        f"expected Content-Disposition: {value}, got {observed(response)}"
    )


@then("the ETag is the one it was given")
def _(response, fetched):
    assert header_values(response, "ETag") == header_values(fetched, "ETag"), (
        f"expected ETag: {header_values(fetched, 'ETag')}, got {observed(response)}"
    )


@then("the ETag is a strong entity tag")
def _(response):
    etag = _one_header(response, "ETag")
    assert STRONG_ETAG.match(etag), f"expected a strong, quoted ETag, got {observed(response)}"


@then(parsers.re(r"the ETag is made of the mtime, size and path that (?P<facts>/\S*) reports$"))
def _(conformance_client, response, facts):
    file = _file_facts(conformance_client, facts)
    # Werkzeug's send_file: "<mtime>-<size>-<adler32 of the path>", the float mtime as str() gives it.
    expected = f'"{file["mtime"]}-{file["size"]}-{zlib.adler32(file["path"].encode()) & 0xFFFFFFFF}"'
    assert header_values(response, "ETag") == [expected], f"expected ETag: {expected}, got {observed(response)}"


@then(parsers.re(r"the Last-Modified is the mtime that (?P<facts>/\S*) reports$"))
def _(conformance_client, response, facts):
    # An HTTP date has whole seconds: the fraction of the mtime is dropped, not rounded.
    expected = formatdate(int(_file_facts(conformance_client, facts)["mtime"]), usegmt=True)
    assert header_values(response, "Last-Modified") == [expected], (
        f"expected Last-Modified: {expected}, got {observed(response)}"
    )


@then(parsers.re(r"the header (?P<name>[\w-]+) is an HTTP date$"))
def _(response, name):
    assert IMF_FIXDATE.match(_one_header(response, name)), f"expected an IMF-fixdate {name}, got {observed(response)}"


@then(parsers.re(r"the header Expires is (?P<seconds>\d+) seconds after its Date$"))
def _(response, seconds):
    # Against the response's own Date, not the client's clock: a server elsewhere may run late.
    expires, date = (_one_header(response, name) for name in ("Expires", "Date"))
    off = (parsedate_to_datetime(expires) - parsedate_to_datetime(date)).total_seconds() - int(seconds)
    assert IMF_FIXDATE.match(expires) and abs(off) <= 2, (
        f"expected Expires {seconds} s after Date, it is {off:+.0f} s off in {observed(response)}"
    )


def _byte_ranges(size):
    """Satisfiable single byte ranges of a ``size``-byte file: first-last (last may pass the end),
    first- and -suffix, with the bytes they select. A suffix stays within the file: Werkzeug
    answers a longer one 416 (RFC 9110 14.1.3 would send the whole file)."""
    from hypothesis import strategies as st  # here: a run without a property never imports hypothesis

    def bounded(first, extra):
        return f"bytes={first}-{first + extra}", first, min(first + extra, size - 1)

    starts = st.integers(0, size - 1)
    return st.one_of(
        st.builds(bounded, starts, st.integers(0, 2 * size)),
        starts.map(lambda first: (f"bytes={first}-", first, size - 1)),
        st.integers(1, size).map(lambda n: (f"bytes=-{n}", size - n, size - 1)),
    )


@when(parsers.re(r"the client generates byte ranges of the (?P<size>\d+)-byte file (?P<path>/\S*)$"),
      target_fixture="generated")
def _(size, path):
    return GeneratedRanges(path, int(size), _byte_ranges(int(size)))


@then("each is answered with 206, its Content-Range and exactly those bytes of the file")
def _(conformance_target, conformance_client, generated):
    import hypothesis

    whole = conformance_client.request("GET", generated.path).content
    profiles.ensure_loaded()

    @hypothesis.given(generated.examples)
    def each(example):
        value, first, last = example
        with conformance_target.new_client() as fresh:
            answer = fresh.request("GET", generated.path, headers={"Range": value})
        want = f"bytes {first}-{last}/{generated.size}"
        assert (answer.status_code, header_values(answer, "Content-Range"), answer.content) == (
            206, [want], whole[first:last + 1]), f"for Range: {value}: expected 206 with {want}, got {observed(answer)}"

    each()
