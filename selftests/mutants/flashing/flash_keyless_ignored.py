"""Mutant: without a SECRET_KEY, writes to the session are silently dropped, so flash() seems to work."""

from flask.sessions import NullSession

from .. import reference_app

KILLS = ["flashing.flash_needs_secret_key"]


def create_app():
    NullSession.__setitem__ = lambda self, key, value: None
    return reference_app()
