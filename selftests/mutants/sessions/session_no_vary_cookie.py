"""Mutant: responses that read or write the session do not carry Vary: Cookie."""

from flask.sessions import SecureCookieSessionInterface

from .. import reference_app

KILLS = ["sessions.cookie_defaults", "sessions.saved_on_error", "sessions.vary_on_read"]


def create_app():
    save = SecureCookieSessionInterface.save_session

    def save_without_vary(self, app, session, response):
        save(self, app, session, response)
        response.vary.discard("Cookie")

    SecureCookieSessionInterface.save_session = save_without_vary
    return reference_app()
