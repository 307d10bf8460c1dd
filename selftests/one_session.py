"""A shortcut of a suite run installed as for one pytest session, in a self-test."""

from contextlib import contextmanager
from types import SimpleNamespace


@contextmanager
def for_one_session(install):
    """``install(config)`` as a suite run's start-up calls it; the session's cleanups when the block ends."""
    cleanups = []
    install(SimpleNamespace(add_cleanup=cleanups.append))
    try:
        yield
    finally:
        for cleanup in reversed(cleanups):
            cleanup()
