"""The suite's own codec of Flask's session cookie: a timestamped HMAC-SHA1 signature over JSON.

A value is ``<payload>.<timestamp>.<signature>``: the payload is the base64url (no
padding) of compact, key-sorted, ASCII-escaped JSON, or ``.`` + base64url of its zlib
form when that is shorter; the timestamp is the big-endian signing time in seconds,
base64url; the signature is base64url(HMAC-SHA1(key, payload + "." + timestamp)) where
key = HMAC-SHA1(secret, "cookie-session"). This is itsdangerous' URLSafeTimedSerializer
as Flask configures it, written from scratch with the standard library only: mutants
patch itsdangerous and Flask in the process that runs the suite.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
import zlib
from dataclasses import dataclass

SALT = b"cookie-session"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


class InvalidCookie(ValueError):
    """The value is not a session cookie signed with the given secret."""


@dataclass(frozen=True)
class Decoded:
    """A verified session cookie: its JSON text, the parsed document and the signing time."""

    text: str
    document: object
    timestamp: int
    compressed: bool


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str) -> bytes:
    if not set(text) <= set(ALPHABET):
        raise InvalidCookie(f"{text!r} is not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def derive_key(secret: str | bytes) -> bytes:
    """itsdangerous' 'hmac' key derivation with Flask's salt."""
    secret = secret.encode("utf-8") if isinstance(secret, str) else secret
    return hmac.new(secret, SALT, hashlib.sha1).digest()


def json_text(document) -> str:
    """The JSON text Flask writes for an already tagged document."""
    return json.dumps(document, separators=(",", ":"), sort_keys=True, ensure_ascii=True)


def encode_payload(document) -> str:
    raw = json_text(document).encode("ascii")
    packed = zlib.compress(raw)
    # itsdangerous compresses only when that saves more than the one-byte "." marker.
    if len(packed) < len(raw) - 1:
        return "." + b64encode(packed)
    return b64encode(raw)


def signature(secret: str | bytes, signed: str) -> str:
    return b64encode(hmac.new(derive_key(secret), signed.encode("ascii"), hashlib.sha1).digest())


def sign(document, secret: str | bytes, timestamp: int | None = None) -> str:
    """A cookie value holding ``document`` signed with ``secret`` at ``timestamp`` (default: now)."""
    stamp = int(time.time()) if timestamp is None else timestamp
    signed = f"{encode_payload(document)}.{b64encode(stamp.to_bytes(8, 'big').lstrip(bytes(1)))}"
    return f"{signed}.{signature(secret, signed)}"


def split(value: str) -> tuple[str, str, str]:
    """The payload, timestamp and signature segments of a cookie value."""
    parts = value.rsplit(".", 2)
    if len(parts) != 3 or not parts[0].lstrip("."):
        raise InvalidCookie(f"{value!r:.80} is not <payload>.<timestamp>.<signature>")
    return parts[0], parts[1], parts[2]


def same_token(first: str, second: str) -> bool:
    """Whether two values carry the same signed text and signature bytes.

    The last base64 character of a signature has unused low bits, so two spellings
    can decode to one signature: such a pair is the same cookie, not a tampered one.
    """
    try:
        (p1, t1, s1), (p2, t2, s2) = split(first), split(second)
        return (p1, t1) == (p2, t2) and b64decode(s1) == b64decode(s2)
    except (InvalidCookie, binascii.Error):
        return False


def verify(value: str, secret: str | bytes) -> Decoded:
    """Check the signature of ``value`` with ``secret`` and decode it; raise InvalidCookie."""
    payload, stamp, sig = split(value)
    try:
        expected = b64decode(signature(secret, f"{payload}.{stamp}"))
        if not hmac.compare_digest(b64decode(sig), expected):
            raise InvalidCookie(f"{value!r:.80} is not signed with the key {secret!r}")
        compressed = payload.startswith(".")
        raw = b64decode(payload.removeprefix("."))
        text = (zlib.decompress(raw) if compressed else raw).decode("utf-8")
        return Decoded(text, json.loads(text), int.from_bytes(b64decode(stamp), "big"), compressed)
    except InvalidCookie:
        raise
    except (binascii.Error, zlib.error, ValueError) as exc:
        raise InvalidCookie(f"{value!r:.80} does not decode: {exc}") from exc
