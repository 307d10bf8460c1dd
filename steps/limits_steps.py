"""Steps of the limits area: request bodies of a given size or number of fields, made in the step."""

from __future__ import annotations

import uuid

from pytest_bdd import parsers, when

FORM = "application/x-www-form-urlencoded"
REQUEST = r"the client sends (?P<method>[A-Z]+) (?P<path>/\S*)"


def _multipart(parts: list[tuple[str, str | None, bytes]]) -> tuple[bytes, str]:
    """A multipart/form-data body of (name, filename or None, value) parts, and its Content-Type."""
    boundary = uuid.uuid4().hex
    body = b""
    for name, filename, value in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        kind = "Content-Type: application/octet-stream\r\n" if filename else ""
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n{kind}\r\n".encode() + value + b"\r\n"
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def _sized(what: str, size: int) -> tuple[bytes, str]:
    """A body of exactly ``size`` bytes (a multipart part: its value), and its Content-Type."""
    if what == "a form body":
        return b"f=" + b"x" * (size - 2), FORM
    if what == "a multipart field":
        return _multipart([("f", None, b"x" * size)])
    if what == "a multipart file":
        return _multipart([("f", "upload.bin", b"x" * size)])
    if what == "a JSON body":
        return b'"' + b"x" * (size - 2) + b'"', "application/json"
    if what == "a malformed JSON body":
        return b"{" + b"x" * (size - 1), "application/json"
    return b"x" * size, "application/octet-stream"


@when(parsers.re(REQUEST + r" with (?P<what>a form body|a multipart field|a multipart file|a JSON body"
                 r"|a malformed JSON body|a body) of (?P<size>\d+) bytes$"), target_fixture="response")
def _(conformance_client, method, path, what, size):
    body, content_type = _sized(what, int(size))
    return conformance_client.request(method, path, data=body, headers={"Content-Type": content_type})


@when(parsers.re(REQUEST + r" with (?P<count>\d+) (?P<kind>form|multipart) fields(?: of (?P<size>\d+) bytes)?$"),
      target_fixture="response")
def _(conformance_client, method, path, count, kind, size):
    # Every field is named f, its value x repeated (once by default): only their number and size count.
    value = b"x" * int(size or 1)
    if kind == "form":
        body, content_type = b"&".join([b"f=" + value] * int(count)), FORM
    else:
        body, content_type = _multipart([("f", None, value)] * int(count))
    return conformance_client.request(method, path, data=body, headers={"Content-Type": content_type})
