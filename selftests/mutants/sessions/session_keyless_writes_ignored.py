"""Mutant: without a secret key, session writes are silently dropped instead of failing."""

from flask.sessions import NullSession

from .. import reference_app

KILLS = ["sessions.keyless_write_fails"]


def create_app():
    for name in ("__setitem__", "__delitem__", "clear", "pop", "popitem", "update", "setdefault"):
        setattr(NullSession, name, lambda self, *args, **kwargs: None)
    return reference_app()
