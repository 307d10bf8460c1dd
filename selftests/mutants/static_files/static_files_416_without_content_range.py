"""Mutant: a 416 does not say the file's length (no Content-Range: bytes */<size>)."""

from werkzeug.exceptions import RequestedRangeNotSatisfiable

from .. import reference_app

KILLS = ["static_files.range_not_satisfiable", "static_files.range_refused_forms"]


def create_app():
    get_headers = RequestedRangeNotSatisfiable.get_headers

    def without_content_range(self, *args, **kwargs):
        return [(k, v) for k, v in get_headers(self, *args, **kwargs) if k.lower() != "content-range"]

    RequestedRangeNotSatisfiable.get_headers = without_content_range
    return reference_app()
