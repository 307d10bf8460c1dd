"""Mutant: the session signing key is derived with another salt than "cookie-session"."""

from flask.sessions import SecureCookieSessionInterface

from .. import reference_app

KILLS = [
    "sessions.cookie_is_signed_json",
    "sessions.cookie_compressed",
    "sessions.tagged_json",
    "sessions.client_signed_cookie_accepted",
    "sessions.client_compressed_cookie_accepted",
    "sessions.write_replaces_bad_cookie",
    "sessions.permanent_flag_in_payload",
    "sessions.cookie_30_days_old_accepted",
    "sessions.fallback_key_accepted",
    "sessions.resigned_with_current_key",
    "sessions.flashes_tagged",
]


def create_app():
    SecureCookieSessionInterface.salt = "signed-cookie-session"
    return reference_app()
