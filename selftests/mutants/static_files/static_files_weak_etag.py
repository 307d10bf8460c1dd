"""Mutant: the ETag of a file is weak (W/"..."), so it validates no byte range."""

from werkzeug.sansio.response import Response

from .. import reference_app

KILLS = ["static_files.strong_etag", "static_files.etag_from_file"]


def create_app():
    set_etag = Response.set_etag
    Response.set_etag = lambda self, etag, weak=False: set_etag(self, etag, weak=True)
    return reference_app()
