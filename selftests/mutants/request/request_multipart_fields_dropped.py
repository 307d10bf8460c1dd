"""Mutant: the multipart parser drops the parts without a filename: the form of a multipart body is empty."""

from werkzeug.formparser import MultiPartParser

from .. import reference_app

KILLS = ["request.upload_fields_in_form", "request.multipart_form_put"]


def create_app():
    parse = MultiPartParser.parse

    def parse_files_only(self, stream, boundary, content_length):
        _, files = parse(self, stream, boundary, content_length)
        return self.cls(), files

    MultiPartParser.parse = parse_files_only
    return reference_app()
