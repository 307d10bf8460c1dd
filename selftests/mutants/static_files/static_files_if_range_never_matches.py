"""Mutant: If-Range never matches: a client with the current file still gets the whole of it."""

from .. import reference_app
from . import wrap_modified_check

KILLS = ["static_files.if_range_current"]


def create_app():
    wrap_modified_check(lambda environ, check, if_range: True if if_range else check(environ))
    return reference_app()
