"""Mutant: Last-Modified is the time of the request, not the file's modification time."""

import time

from .. import reference_app
from . import wrap_send_file

KILLS = ["static_files.last_modified_mtime"]


def create_app():
    wrap_send_file(lambda kwargs: kwargs.update(last_modified=time.time()))
    return reference_app()
