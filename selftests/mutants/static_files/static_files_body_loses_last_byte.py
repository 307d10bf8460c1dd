"""Mutant: a file's body is sent without its last byte."""

import io

from werkzeug.wsgi import FileWrapper

from .. import reference_app

KILLS = ["static_files.file_served", "static_files.download_bytes", "static_files.in_memory_attachment"]


def create_app():
    import werkzeug.utils

    werkzeug.utils.wrap_file = lambda environ, file, buffer_size=8192: FileWrapper(
        io.BytesIO(file.read()[:-1]), buffer_size)
    return reference_app()
