"""Mutant: a permanent session is not refreshed on requests that do not modify it."""

from flask.sessions import SessionInterface

from .. import reference_app

KILLS = ["sessions.permanent_refreshed"]


def create_app():
    SessionInterface.should_set_cookie = lambda self, app, session: session.modified
    return reference_app()
