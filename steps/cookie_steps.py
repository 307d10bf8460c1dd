"""Cookie vocabulary: what Set-Cookie headers a response carries, read as the raw lines."""

from __future__ import annotations

from pytest_bdd import parsers, then

from .observed import observed, set_cookies


def cookie_lines(response, name: str) -> list[str]:
    """The Set-Cookie lines of ``response`` that set cookie ``name``."""
    return [line for line in set_cookies(response) if line.split("=", 1)[0].strip() == name]


def cookie_attributes(line: str) -> list[str]:
    """The attributes of a Set-Cookie line, in order, without the name=value pair."""
    return [part.strip() for part in line.split(";")[1:]]


@then("the response sets no cookie")
def _(response):
    assert not set_cookies(response), f"expected no Set-Cookie, got {observed(response)}"


@then(parsers.re(r'the Set-Cookie header for (?P<name>[\w-]+) is "(?P<line>.*)"$'))
def _(response, name, line):
    assert cookie_lines(response, name) == [line], f"expected Set-Cookie: {line}, got {observed(response)}"


@then(parsers.re(r"the cookie (?P<name>[\w-]+) has exactly the attributes (?P<attributes>.+)$"))
def _(response, name, attributes):
    lines = cookie_lines(response, name)
    assert len(lines) == 1, f"expected one Set-Cookie for {name}, got {observed(response)}"
    expected = [a.strip() for a in attributes.split(";")]
    assert cookie_attributes(lines[0]) == expected, (
        f"expected the attributes {'; '.join(expected)}, got {lines[0]!r}"
    )
