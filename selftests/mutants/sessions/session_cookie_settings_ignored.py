"""Mutant: the SESSION_COOKIE_* settings are ignored; the cookie always has the default attributes."""

from flask.sessions import SessionInterface

from .. import reference_app

KILLS = ["sessions.cookie_settings", "sessions.partitioned"]


def create_app():
    SessionInterface.get_cookie_name = lambda self, app: "session"
    SessionInterface.get_cookie_domain = lambda self, app: None
    SessionInterface.get_cookie_path = lambda self, app: app.config["APPLICATION_ROOT"]
    SessionInterface.get_cookie_httponly = lambda self, app: True
    SessionInterface.get_cookie_secure = lambda self, app: False
    SessionInterface.get_cookie_samesite = lambda self, app: None
    SessionInterface.get_cookie_partitioned = lambda self, app: False
    return reference_app()
