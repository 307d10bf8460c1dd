"""Mutant: a path with any "." or ".." segment is refused, even one that stays inside the folder."""

from .. import reference_app
from . import wrap_safe_join

KILLS = ["static_files.dot_segments_inside"]


def create_app():
    wrap_safe_join(lambda normalized, part: normalized.startswith(("/", "..")) or any(
        segment in (".", "..") for segment in part.split("/")))
    return reference_app()
