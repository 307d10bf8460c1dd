"""Mutant: a file part with an empty filename (an empty file input) becomes a form field, not a file."""

from werkzeug.formparser import MultiPartParser

from .. import reference_app

KILLS = ["request.upload_empty_file_input"]


def create_app():
    parse = MultiPartParser.parse

    def parse_unnamed_as_fields(self, stream, boundary, content_length):
        form, files = parse(self, stream, boundary, content_length)
        named = [(field, f) for field, f in files.items(multi=True) if f.filename]
        unnamed = [(field, f.read().decode()) for field, f in files.items(multi=True) if not f.filename]
        return self.cls([*form.items(multi=True), *unnamed]), self.cls(named)

    MultiPartParser.parse = parse_unnamed_as_fields
    return reference_app()
