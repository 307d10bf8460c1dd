"""Mutant: an uploaded file's filename is cut to its last path segment ("../../etc/passwd.txt" -> "passwd.txt")."""

import posixpath

from werkzeug.datastructures import FileStorage

from .. import reference_app

KILLS = ["request.upload_filename_as_sent", "request.secure_uploaded_traversal", "request.save_traversal_name"]


def create_app():
    init = FileStorage.__init__

    def init_with_basename(self, stream=None, filename=None, *args, **kwargs):
        init(self, stream, filename, *args, **kwargs)
        if self.filename:
            self.filename = posixpath.basename(self.filename)

    FileStorage.__init__ = init_with_basename
    return reference_app()
