"""Mutant: FileStorage.save copies from where the stream was left after parsing, not from its start,
so it writes an empty file."""

from werkzeug.datastructures import FileStorage

from .. import reference_app

KILLS = ["request.save_writes_content", "request.save_traversal_name"]


def create_app():
    save = FileStorage.save

    def save_from_the_end(self, dst, buffer_size=16384):
        self.stream.seek(0, 2)
        save(self, dst, buffer_size)

    FileStorage.save = save_from_the_end
    return reference_app()
