"""Mutant: an emptied session keeps its cookie: no deletion is sent."""

from flask.sessions import SecureCookieSessionInterface

from .. import reference_app

KILLS = ["sessions.emptied_session_deleted", "sessions.clear_without_cookie"]


def create_app():
    save = SecureCookieSessionInterface.save_session

    def save_unless_empty(self, app, session, response):
        if not session:
            session.modified = False
        save(self, app, session, response)

    SecureCookieSessionInterface.save_session = save_unless_empty
    return reference_app()
