"""Mutant: If-None-Match is ignored: a file the client holds is sent again, 200."""

from .. import reference_app
from . import wrap_modified_check

KILLS = [
    "static_files.if_none_match_etag",
    "static_files.if_none_match_any",
    "static_files.not_modified_headers",
    "static_files.accept_ranges_not_modified",
]


def create_app():
    wrap_modified_check(lambda environ, check, if_range: check(
        {k: v for k, v in environ.items() if k != "HTTP_IF_NONE_MATCH"}))
    return reference_app()
