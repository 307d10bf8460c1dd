"""Mutant: a conditional GET is answered 304 whatever its validator says, without comparing it."""

from .. import reference_app
from . import wrap_modified_check

KILLS = ["static_files.if_none_match_other", "static_files.if_modified_since_older"]

_CONDITIONS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")


def create_app():
    wrap_modified_check(lambda environ, check, if_range: check(environ) if if_range or not any(
        name in environ for name in _CONDITIONS) else False)
    return reference_app()
