"""Mutant: without a secret key, even reading the session fails."""

from flask.sessions import NullSession

from .. import reference_app

KILLS = ["sessions.keyless_read_empty"]


def create_app():
    def unavailable(self, *args, **kwargs):
        raise RuntimeError("The session is unavailable because no secret key was set.")

    for name in ("__getitem__", "__contains__", "__iter__", "get"):
        setattr(NullSession, name, unavailable)
    return reference_app()
