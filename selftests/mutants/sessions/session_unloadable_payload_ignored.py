"""Mutant: a cookie signed with the app's key whose payload cannot be loaded gives an empty session, not a 500."""

from flask.sessions import SecureCookieSessionInterface
from itsdangerous import BadPayload

from .. import reference_app

KILLS = ["sessions.unloadable_payload_fails"]


def create_app():
    open_session = SecureCookieSessionInterface.open_session

    def open_or_empty(self, app, request):
        try:
            return open_session(self, app, request)
        except BadPayload:
            return self.session_class()

    SecureCookieSessionInterface.open_session = open_or_empty
    return reference_app()
