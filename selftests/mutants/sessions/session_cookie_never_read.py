"""Mutant: the session cookie the client sends is never read; every request starts empty."""

from flask.sessions import SecureCookieSessionInterface

from .. import reference_app

KILLS = [
    "sessions.value_read_back",
    "sessions.any_payload_round_trips",
    "sessions.typed_values_round_trip",
    "sessions.modified_flag_saves",
    "sessions.permanent_refreshed",
    "sessions.client_signed_cookie_accepted",
    "sessions.cookie_30_days_old_accepted",
    "sessions.fallback_key_accepted",
]


def create_app():
    def forgetful(self, app, request):
        return None if self.get_signing_serializer(app) is None else self.session_class()

    SecureCookieSessionInterface.open_session = forgetful
    return reference_app()
