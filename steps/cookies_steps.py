"""Steps only the cookies scenarios use; the shared vocabulary is in http_steps.py and cookie_steps.py.

A raw Cookie header sent as bytes, a Set-Cookie line whose Expires is a moment from now, and
the round trip of generated values through set_cookie, the client's cookie jar and request.cookies.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime

from flask_conformance import profiles
from pytest_bdd import parsers, then, when

from .cookie_steps import cookie_lines
from .http_steps import REQUEST
from .observed import observed

DATE = "<date>"
#: How far an Expires may be from the moment the step computes (a live server may be slow to answer).
TOLERANCE = 15

#: Values every run tries, one of each kind set_cookie must quote or escape, before the generated ones.
NAMED_VALUES = ("a b", "a,b", "a;b", "it's", "back\\slash", "张三", "", " lead and trail ")
#: Characters drawn often, besides any other text: the ones Werkzeug quotes, octal-escapes or leaves bare.
SPECIALS = " ,;'\\=\t\x00@()张é\u00a0😀"
#: Characters never drawn. '"': requests' cookie jar deletes each \" of a quoted value it stores
#: (RequestsCookieJar.set_cookie, psf/requests#3759), so the app would get the value changed; the same
#: holds for a value ending with a backslash (written \\" at its end, so filtered out below). Double
#: quotes are read back through a raw Cookie header instead (value_quoting.feature).
#: U+001A..U+001F: Werkzeug 3.1 leaves them raw inside the quotes (its escape class ends at \x19), and a
#: header value holding a control character is refused (RFC 9110). Lone surrogates are not UTF-8 text.
NEVER_DRAWN = '"' + "".join(map(chr, range(0x1A, 0x20)))


@dataclass(frozen=True)
class GeneratedValues:
    """Cookie values for a property: ``named`` first, then examples drawn from ``examples``."""

    examples: object
    named: tuple[str, ...]


def _json(response):
    try:
        return response.json()
    except ValueError:
        return "(not JSON)"


def _cookie_values():
    from hypothesis import strategies as st  # here: a run without a property never imports hypothesis

    other = st.characters(blacklist_categories=("Cs",), blacklist_characters=NEVER_DRAWN)
    text = st.text(st.one_of(st.sampled_from(SPECIALS), other), max_size=16)
    return text.filter(lambda value: not value.endswith("\\"))


@when(parsers.re(REQUEST + r" with the raw Cookie header (?P<value>.+)$"), target_fixture="response")
def _(conformance_client, method, path, value):
    # The text's UTF-8 bytes go on the wire as they are. requests, http.client and PEP 3333 all
    # carry a header value as latin-1 text, so the bytes travel as their latin-1 reading: http.client
    # writes them out as the same bytes, and in-process it is the str a server puts in the environ.
    raw = value.encode("utf-8").decode("latin-1")
    return conformance_client.request(method, path, headers={"Cookie": raw})


@then(parsers.re(r'the Set-Cookie header for (?P<name>[\w-]+) is "(?P<line>[^"]*<date>[^"]*)", '
                 r"the date (?P<seconds>\d+) seconds from now$"))
def _(response, name, line, seconds):
    before, after = line.split(DATE)
    lines = cookie_lines(response, name)
    got = lines[0] if len(lines) == 1 else ""
    date = got[len(before):len(got) - len(after)]
    shaped = got.startswith(before) and got.endswith(after) and len(got) > len(before) + len(after)
    try:
        expires = parsedate_to_datetime(date) if shaped else None
    except (TypeError, ValueError):
        expires = None
    # An IMF-fixdate, weekday included: formatting the parsed date again gives the same text.
    assert expires is not None and format_datetime(expires, usegmt=True) == date, (
        f"expected Set-Cookie: {line} with an IMF-fixdate for {DATE}, got {observed(response)}"
    )
    off = expires.timestamp() - (time.time() + int(seconds))
    assert abs(off) < TOLERANCE, f"expected {DATE} {seconds} seconds from now, it is {off:+.0f} s off in {got!r}"


@when("the client generates cookie values with spaces, commas, semicolons, single quotes and non-ASCII",
      target_fixture="generated")
def _():
    return GeneratedValues(_cookie_values(), NAMED_VALUES)


@then(parsers.re(r"each value that POST (?P<setter>/\S+) sets as the cookie (?P<name>[\w-]+) "
                 r"comes back from GET (?P<reader>/\S+)$"))
def _(conformance_target, generated, setter, name, reader):
    import hypothesis

    profiles.ensure_loaded()

    def each(value):
        with conformance_target.new_client() as fresh:
            setting = fresh.request("POST", setter, json={"value": value})
            lines = cookie_lines(setting, name)
            assert setting.status_code == 200 and len(lines) == 1, (
                f"for {value!r}: expected 200 with one Set-Cookie for {name}, got {observed(setting)}"
            )
            answer = fresh.request("GET", reader)
        written, sent = lines[0].split(";", 1)[0], answer.request.headers.get("Cookie")
        assert sent == written, (
            f"for {value!r}: the client's cookie jar sent Cookie: {sent!r}, not {written!r} as the app set it"
        )
        want = {"get": value, "getlist": [value]}
        assert answer.status_code == 200 and _json(answer) == want, (
            f"for {value!r} (sent as {written!r}): expected 200 with {want!r}, got {observed(answer)}"
        )

    for value in reversed(generated.named):
        each = hypothesis.example(value)(each)
    hypothesis.given(generated.examples)(each)()
