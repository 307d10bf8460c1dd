"""Mutant: an uploaded file does not keep the Content-Type of its part."""

from werkzeug.datastructures import FileStorage

from .. import reference_app

KILLS = [
    "request.upload_one_file",
    "request.upload_mimetype",
    "request.upload_several_per_field",
    "request.upload_filename_as_sent",
    "request.upload_fields_in_form",
]


def create_app():
    FileStorage.content_type = property(lambda self: None)
    return reference_app()
