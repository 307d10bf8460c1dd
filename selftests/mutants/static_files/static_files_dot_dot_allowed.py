"""Mutant: safe_join lets ".." climb out of the folder (it still refuses an absolute path)."""

import os

from .. import reference_app
from . import wrap_safe_join

KILLS = ["static_files.traversal_refused"]


def create_app():
    wrap_safe_join(lambda normalized, part: os.path.isabs(normalized))
    return reference_app()
