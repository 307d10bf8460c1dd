"""Mutant: a session cookie with a bad signature raises (500) instead of giving an empty session."""

from flask.sessions import SecureCookieSessionInterface

from .. import reference_app

KILLS = [
    "sessions.other_key_ignored",
    "sessions.forged_payload_ignored",
    "sessions.garbage_ignored",
    "sessions.altered_cookie_ignored",
]


def create_app():
    def open_or_raise(self, app, request):
        serializer = self.get_signing_serializer(app)
        if serializer is None:
            return None
        value = request.cookies.get(self.get_cookie_name(app))
        if not value:
            return self.session_class()
        max_age = int(app.permanent_session_lifetime.total_seconds())
        return self.session_class(serializer.loads(value, max_age=max_age))

    SecureCookieSessionInterface.open_session = open_or_raise
    return reference_app()
