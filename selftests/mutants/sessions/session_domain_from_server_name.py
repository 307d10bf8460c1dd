"""Mutant: without SESSION_COOKIE_DOMAIN the cookie Domain falls back to SERVER_NAME (Flask 2.2)."""

from flask.sessions import SessionInterface

from .. import reference_app

KILLS = ["sessions.no_domain_from_server_name"]


def create_app():
    def domain_or_server_name(self, app):
        server_name = app.config["SERVER_NAME"]
        if app.config["SESSION_COOKIE_DOMAIN"] or not server_name:
            return app.config["SESSION_COOKIE_DOMAIN"]
        return "." + server_name.rsplit(":", 1)[0]

    SessionInterface.get_cookie_domain = domain_or_server_name
    return reference_app()
