"""Mutant: the multipart parser keeps only the last file of a field that has several."""

from werkzeug.formparser import MultiPartParser

from .. import reference_app

KILLS = ["request.upload_several_per_field"]


def create_app():
    parse = MultiPartParser.parse

    def parse_last_files(self, stream, boundary, content_length):
        form, files = parse(self, stream, boundary, content_length)
        return form, self.cls({field: files.getlist(field)[-1] for field in files})

    MultiPartParser.parse = parse_last_files
    return reference_app()
