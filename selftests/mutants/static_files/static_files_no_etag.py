"""Mutant: send_file makes no ETag for a file."""

from .. import reference_app
from . import wrap_send_file

KILLS = [
    "static_files.strong_etag",
    "static_files.etag_from_file",
    "static_files.if_none_match_etag",
    "static_files.not_modified_headers",
    "static_files.if_range_current",
]


def create_app():
    wrap_send_file(lambda kwargs: kwargs.update(etag=False))
    return reference_app()
