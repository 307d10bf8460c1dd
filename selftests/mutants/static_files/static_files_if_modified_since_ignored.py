"""Mutant: If-Modified-Since is ignored: a file not modified since that date is sent again, 200."""

from .. import reference_app
from . import wrap_modified_check

KILLS = ["static_files.if_modified_since_same"]


def create_app():
    wrap_modified_check(lambda environ, check, if_range: check(
        {k: v for k, v in environ.items() if k != "HTTP_IF_MODIFIED_SINCE"}))
    return reference_app()
