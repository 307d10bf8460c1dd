"""Mutant: the form memory limit counts the bytes of file parts too, so a large upload is refused."""

from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.formparser import MultiPartParser

from .. import reference_app

KILLS = ["limits.form_memory_spares_files"]


def create_app():
    start = MultiPartParser.start_file_streaming

    def counted_file(self, event, total_content_length):
        container, limit, written = start(self, event, total_content_length), self.max_form_memory_size, [0]
        write = container.write

        def write_counted(data):
            written[0] += len(data)
            if limit is not None and written[0] > limit:
                raise RequestEntityTooLarge()
            return write(data)

        container.write = write_counted
        return container

    MultiPartParser.start_file_streaming = counted_file
    return reference_app()
