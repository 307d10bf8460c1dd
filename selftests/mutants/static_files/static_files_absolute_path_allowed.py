"""Mutant: safe_join takes an absolute path as it is (it still refuses "..")."""

from .. import reference_app
from . import wrap_safe_join

KILLS = ["static_files.absolute_path_refused"]


def create_app():
    wrap_safe_join(lambda normalized, part: normalized == ".." or normalized.startswith("../"))
    return reference_app()
