"""Mutant: a non-empty session is saved on every request, modified or not."""

from flask.sessions import SessionInterface

from .. import reference_app

KILLS = [
    "sessions.unmodified_not_saved",
    "sessions.nested_change_not_saved",
    "sessions.refresh_off",
    "sessions.pop_missing_key",
]


def create_app():
    SessionInterface.should_set_cookie = lambda self, app, session: True
    return reference_app()
