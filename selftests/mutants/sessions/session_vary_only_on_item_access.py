"""Mutant: only get(), [] and writes add Vary: Cookie, not a key test (Flask before 3.1.3)."""

from flask.ctx import RequestContext
from flask.sessions import SecureCookieSession

from .. import reference_app

KILLS = [
    "sessions.vary_on_read[/sessions/has/user]",
    "sessions.vary_on_read[/sessions/read/iterate]",
    "sessions.vary_on_read[/sessions/read/length]",
    "sessions.vary_on_read[/sessions/read/items]",
    "sessions.vary_on_read[/sessions/read/pop-missing]",
]


def create_app():
    def accessing(name):
        method = getattr(SecureCookieSession, name)

        def accessed(self, *args, **kwargs):
            self.accessed = True
            return method(self, *args, **kwargs)

        return accessed

    for name in ("__getitem__", "get", "setdefault"):
        setattr(SecureCookieSession, name, accessing(name))
    # The request context no longer marks the session accessed on every lookup.
    RequestContext.session = property(lambda self: self._session)
    return reference_app()
