"""Mutant: If-Range is ignored: the range is sent even when the client's copy is another version."""

from werkzeug.wrappers import Response

from .. import reference_app

KILLS = ["static_files.if_range_changed"]


def create_app():
    Response._is_range_request_processable = lambda self, environ: "HTTP_RANGE" in environ
    return reference_app()
