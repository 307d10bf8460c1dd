"""Hypothesis strategies for malformed HTTP requests, and the PEP 3333 environs that carry them.

The environ is built by hand, not by requests or a server, so that it can hold what a
client library refuses to send: raw bytes in the path, no Host, a lying Content-Length.
Strategies are built once, at import: Hypothesis validates each new strategy object, which
costs more than the requests it draws.
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass

from hypothesis import strategies as st
from itsdangerous import base64_encode

#: Converter name -> a value its rule accepts, so that the fuzzer also reaches the views; a
#: converter not named here (say a custom one added later) gets "user".
SENSIBLE_VALUES = {"int": "1", "float": "1.5", "path": "a/b", "uuid": "00000000-0000-0000-0000-000000000001",
                   "default": "user", "string": "user"}
#: <converter(args):name> or <name> in a rule string; the group is the converter's name.
_SLOT = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?\w+>")

#: Nested past the interpreter's recursion limit: json.loads raises RecursionError, not ValueError.
DEEP_JSON = b"[" * 100_000
#: Payloads that Flask's tagged JSON serializer cannot load: not JSON, not an object, bad tags.
UNLOADABLE_PAYLOADS = [b"not json", b"[1, 2]", b'{" u": "zz"}', b'{" t": 5}', b'{" m": 5}']


@dataclass
class FuzzedRequest:
    """One request as a server would hand it to the app; environ_headers holds HTTP_* and CONTENT_*."""

    method: str
    path: str
    query: str
    environ_headers: dict[str, str]
    body: bytes

    @property
    def path_url(self):
        # For call_app's messages: the request as the fuzzer sent it.
        return f"{self.path}?{self.query}" if self.query else self.path


def build_environ(request: FuzzedRequest) -> dict:
    """The PEP 3333 environ of ``request``, for the mount dispatcher (so SCRIPT_NAME is empty)."""
    environ = {
        "REQUEST_METHOD": request.method,
        "SCRIPT_NAME": "",
        "PATH_INFO": request.path,
        "QUERY_STRING": request.query,
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(request.body),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    environ.update(request.environ_headers)
    return environ


def _utf8_as_latin1(text):
    return text.encode("utf-8").decode("latin-1")


# PEP 3333 strings are latin-1 text of the raw bytes: "\xff" is a byte that is not UTF-8 on the wire.
_LATIN1 = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=20)
_ASCII = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=20)
_UNICODE = st.text(max_size=10).map(_utf8_as_latin1)
_BAD_UTF8 = st.sampled_from(["\xff", "\xc3", "\xe4\xb8", "\xed\xa0\x80", "\xc0\xaf", "\x00"])
_BAD_PERCENT = st.sampled_from(["%", "%z", "%zz", "%e4%b8", "%ff%fe", "%%41", "%00", "%2F"])

ODD_METHODS = st.sampled_from(["get", "post", "head", "PROPFIND", "X-Y", "BREW", "TRACE", "CONNECT", "PUT", "DELETE",
                               "PATCH", "OPTIONS", "HEAD", "", "G\xe9T"])
ODD_SLOT_VALUES = st.one_of(_LATIN1, _BAD_UTF8, _BAD_PERCENT, _UNICODE, st.just("9" * 400))
ODD_PATH_TAILS = st.one_of(_BAD_UTF8, _BAD_PERCENT, st.sampled_from(["/", "//x", "/..", ";x"]))

# QUERY_STRING as a server passes it: undecoded, with bad escapes and raw bytes. No "fail" key:
# on the hooks app ?fail=<hook> asks for a 500 (the test allows it all the same).
_QUERY_KEYS = st.one_of(st.sampled_from(["v", "short", "abort", "modified", "category_filter", "with_categories"]),
                        _BAD_PERCENT, _ASCII.filter(lambda key: "fail" not in key))
_QUERY_VALUES = st.one_of(_ASCII, _UNICODE, _BAD_UTF8, _BAD_PERCENT, st.sampled_from(["ok", "b1", "x" * 5000]))
_QUERY_PAIRS = st.tuples(_QUERY_KEYS, st.sampled_from(["=", "", "=="]), _QUERY_VALUES).map("".join)
ODD_QUERIES = st.lists(st.one_of(_QUERY_PAIRS, _BAD_PERCENT), min_size=1, max_size=4).map("&".join)

# A header value: garbage, very long, or several values joined as a server joins repeated headers.
_ONE_VALUE = st.one_of(_LATIN1, st.just("x" * 8000), _BAD_UTF8)
HEADER_VALUES = st.one_of(_ONE_VALUE, st.lists(_ONE_VALUE, min_size=2, max_size=4).map(", ".join))
_HEADER_NAMES = st.sampled_from([
    "ACCEPT", "ACCEPT_LANGUAGE", "ACCEPT_ENCODING", "AUTHORIZATION", "RANGE", "IF_MODIFIED_SINCE", "IF_NONE_MATCH",
    "ORIGIN", "X_FORWARDED_FOR", "X_FORWARDED_HOST", "X_FORWARDED_PROTO", "X_CONFORMANCE_TOKEN", "TRANSFER_ENCODING",
    "X_REQUESTED_WITH", "CONTENT_TYPE", "X_",
])
ODD_HEADERS = st.dictionaries(_HEADER_NAMES.map("HTTP_".__add__), HEADER_VALUES, min_size=1, max_size=3)

#: HTTP_HOST; None is a request with no Host at all.
ODD_HOSTS = st.one_of(st.none(), HEADER_VALUES,
                      st.sampled_from(["", "example.com", "a b", "[::1", "localhost:99999", "localhost:x", "h\xf6st"]))

# (body, Content-Type): the usual pairs reach the views; odd ones mismatch, truncate, nest deep.
USUAL_PAYLOADS = st.sampled_from([
    (b"", None), (b'{"user": "alice"}', "application/json"),
    (b"user=admin&pwd=password", "application/x-www-form-urlencoded"),
])
_ODD_BODIES = st.one_of(
    st.binary(max_size=50), st.sampled_from([
        b"", b'{"user": "alice"}', b"[1, 2]", b"null", b"{", b'"\xff"', b'{"a": NaN}', b"a=1&%zz=%ff&&b", DEEP_JSON,
        b'--b\r\nContent-Disposition: form-data; name="user"\r\n\r\nadm',
        b'--b\r\nContent-Disposition: form-data; name="f"; filename="x"\r\nContent-Type: te',
    ]),
)
_CONTENT_TYPES = st.sampled_from([
    None, "application/json", "application/json; charset=latin-1", "text/plain", "application/x-www-form-urlencoded",
    "multipart/form-data", "multipart/form-data; boundary=b", "multipart/form-data; boundary=", ";;;", "\xff/\xfe",
])
# Malformed bodies under the content type they claim, so that the JSON and form parsers see them.
_BROKEN_PAYLOADS = st.sampled_from([
    (DEEP_JSON, "application/json"), (b"[1, 2]", "application/json"), (b"{", "application/json"),
    (b"a=1&%zz=%ff&&b", "application/x-www-form-urlencoded"),
    (b'--b\r\nContent-Disposition: form-data; name="user"\r\n\r\nadm', "multipart/form-data; boundary=b"),
])
ODD_PAYLOADS = st.one_of(st.tuples(_ODD_BODIES, _CONTENT_TYPES), _BROKEN_PAYLOADS)


def content_lengths(body):
    """CONTENT_LENGTH other than the true one: none, too large, too small, or not a number."""
    size = len(body)
    return st.sampled_from([None, str(size + 10), str(max(size - 3, 0)), "abc", "-1", " 1"])


@functools.cache
def odd_cookies(app):
    """HTTP_COOKIE: garbage, a forged session cookie, or one signed with the app's key but unloadable."""
    name = app.config["SESSION_COOKIE_NAME"]
    garbage = [HEADER_VALUES, st.sampled_from(["=;;==", "\xff=\xfe", "a=1; a=2", f"{name}=", f'{name}="']),
               _LATIN1.map(f"{name}=".__add__), st.just(f"{name}=eyJ4IjoxfQ.ZZZZZZ.forged-signature")]
    if not app.secret_key:
        return st.one_of(garbage)
    # One choice among several: Flask answers it with a 500 on every route (a known Flask 500).
    return st.one_of(*garbage, st.sampled_from(UNLOADABLE_PAYLOADS).map(lambda raw: signed_cookie(app, raw)))


def signed_cookie(app, payload):
    """The app's session cookie holding ``payload`` as is, signed with the app's key as Flask signs it."""
    serializer = app.session_interface.get_signing_serializer(app)
    signed = serializer.make_signer(serializer.salt).sign(base64_encode(payload)).decode()
    return f"{app.config['SESSION_COOKIE_NAME']}={signed}"


#: How often each part of a request is malformed: a request malformed everywhere reaches no view.
_ODD = st.integers(0, 3).map(lambda n: n == 3)


@st.composite
def requests_to(draw, app, mount, rule):
    """A request for ``rule`` of ``app`` mounted at ``mount``, each part of it malformed one time in four."""

    def usually(usual, odd):
        # Drawing the choice first lets Hypothesis shrink a failure towards a well-formed part.
        return draw(odd) if draw(_ODD) else usual

    methods = sorted(rule.methods)
    # The usual method is one the view answers: HEAD and OPTIONS are answered by Flask itself.
    method = usually(next((m for m in methods if m not in ("HEAD", "OPTIONS")), methods[0]),
                     st.one_of(st.sampled_from(methods), ODD_METHODS))
    pieces = _SLOT.split(rule.rule)
    # split() alternates literal text and the converter of each slot (None: the default converter).
    path = "".join(p if i % 2 == 0 else usually(SENSIBLE_VALUES.get(p or "default", "user"), ODD_SLOT_VALUES)
                   for i, p in enumerate(pieces))
    path = mount + path + usually("", ODD_PATH_TAILS)
    body, content_type = usually(draw(USUAL_PAYLOADS), ODD_PAYLOADS)
    headers = usually({}, ODD_HEADERS)
    # None is an absent header: the environ has no such key at all.
    chosen = {"HTTP_HOST": usually("localhost", ODD_HOSTS), "HTTP_COOKIE": usually(None, odd_cookies(app)),
              "CONTENT_TYPE": content_type, "CONTENT_LENGTH": usually(str(len(body)), content_lengths(body))}
    headers.update({key: value for key, value in chosen.items() if value is not None})
    return FuzzedRequest(method, path, usually("", ODD_QUERIES), headers, body)
