"""Mutant: only writes through the session's own methods save it; session.modified = True is ignored."""

from flask.sessions import SecureCookieSession, SessionInterface
from werkzeug.datastructures import CallbackDict

from .. import reference_app

KILLS = ["sessions.modified_flag_saves"]


def create_app():
    def tracking_init(self, initial=None):
        def on_update(self):
            self.modified = True
            self.written = True

        CallbackDict.__init__(self, initial, on_update)

    def written_or_refreshed(self, app, session):
        refresh = session.permanent and app.config["SESSION_REFRESH_EACH_REQUEST"]
        return getattr(session, "written", False) or refresh

    SecureCookieSession.__init__ = tracking_init
    SessionInterface.should_set_cookie = written_or_refreshed
    return reference_app()
