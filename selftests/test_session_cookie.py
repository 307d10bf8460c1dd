"""The suite's session cookie codec agrees with Flask's own serializer, both ways."""

from datetime import datetime, timezone
from uuid import UUID

import pytest
from flask import Flask
from flask_conformance.steps import session_cookie
from itsdangerous import TimestampSigner
from markupsafe import Markup

SECRET = "unit-test-key"
STAMP = 1_700_000_000
SHORT = {"zh": "张三", "user": "alice", "n": 3}
LONG = {"note": "la " * 40}


@pytest.fixture
def flask_serializer(monkeypatch):
    """Flask's session serializer for SECRET, signing at STAMP, used inside an app context."""
    app = Flask(__name__)
    app.secret_key = SECRET
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: STAMP)
    with app.app_context():
        yield app.session_interface.get_signing_serializer(app)


@pytest.mark.parametrize("document", [SHORT, LONG], ids=["plain", "compressed"])
def test_signing_matches_flask_byte_for_byte(flask_serializer, document):
    assert session_cookie.sign(document, SECRET, STAMP) == flask_serializer.dumps(document)


@pytest.mark.parametrize("document", [SHORT, LONG], ids=["plain", "compressed"])
def test_flask_reads_the_cookies_it_signs(flask_serializer, document):
    value = session_cookie.sign(document, SECRET, STAMP)
    assert flask_serializer.loads(value, max_age=60) == document


def test_verify_decodes_a_flask_cookie(flask_serializer):
    decoded = session_cookie.verify(flask_serializer.dumps(SHORT), SECRET)
    assert decoded.text == '{"n":3,"user":"alice","zh":"\\u5f20\\u4e09"}'
    assert (decoded.document, decoded.timestamp, decoded.compressed) == (SHORT, STAMP, False)


def test_verify_reports_the_compressed_form(flask_serializer):
    decoded = session_cookie.verify(flask_serializer.dumps(LONG), SECRET)
    assert decoded.compressed and decoded.document == LONG


def test_verify_shows_flask_tags_as_json(flask_serializer):
    typed = {"t": (1, 2), "b": b"\x00\xff", "d": datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
             "u": UUID(int=1), "m": Markup("<b>x</b>")}
    assert session_cookie.verify(flask_serializer.dumps(typed), SECRET).text == (
        '{"b":{" b":"AP8="},"d":{" d":"Tue, 02 Jan 2024 03:04:05 GMT"},"m":{" m":"<b>x</b>"},'
        '"t":{" t":[1,2]},"u":{" u":"00000000000000000000000000000001"}}'
    )


@pytest.mark.parametrize("value", [
    session_cookie.sign(SHORT, "another-key", STAMP),
    "garbage",
    "a.b.c",
    session_cookie.sign(SHORT, SECRET, STAMP) + "x",
])
def test_verify_rejects_what_the_secret_did_not_sign(value):
    with pytest.raises(session_cookie.InvalidCookie):
        session_cookie.verify(value, SECRET)


def test_a_forged_payload_under_a_real_signature_is_rejected():
    payload, stamp, sig = session_cookie.split(session_cookie.sign({"user": "alice"}, SECRET, STAMP))
    forged = session_cookie.encode_payload({"user": "admin"})
    with pytest.raises(session_cookie.InvalidCookie):
        session_cookie.verify(f"{forged}.{stamp}.{sig}", SECRET)


def test_same_token_sees_through_unused_signature_bits():
    value = session_cookie.sign(SHORT, SECRET, STAMP)
    last = value[-1]
    # A 27-character signature leaves its last character's two low bits unused.
    twin = session_cookie.ALPHABET[session_cookie.ALPHABET.index(last) ^ 1]
    assert session_cookie.same_token(value, value[:-1] + twin)
    assert not session_cookie.same_token(value, value[:-2] + ("A" if value[-2] != "A" else "B") + last)
