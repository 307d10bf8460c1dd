"""Mutant: session cookie signatures are not checked, so any signature is accepted."""

from itsdangerous.signer import Signer

from .. import reference_app

KILLS = [
    "sessions.other_key_ignored",
    "sessions.forged_payload_ignored",
    "sessions.write_replaces_bad_cookie",
    "sessions.altered_cookie_ignored",
]


def create_app():
    Signer.verify_signature = lambda self, value, sig: True
    return reference_app()
