"""Mutant: the mimetype of an uploaded file keeps the parameters of its Content-Type."""

from werkzeug.datastructures import FileStorage

from .. import reference_app

KILLS = ["request.upload_mimetype"]


def create_app():
    FileStorage.mimetype = property(lambda self: (self.content_type or "").lower())
    return reference_app()
