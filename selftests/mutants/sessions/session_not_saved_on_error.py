"""Mutant: the session is not saved when the response is an error (4xx or 5xx)."""

from flask.sessions import SecureCookieSessionInterface

from .. import reference_app

KILLS = ["sessions.saved_on_error"]


def create_app():
    save = SecureCookieSessionInterface.save_session

    def save_on_success(self, app, session, response):
        if response.status_code < 400:
            save(self, app, session, response)

    SecureCookieSessionInterface.save_session = save_on_success
    return reference_app()
