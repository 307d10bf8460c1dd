"""Mutant: as_attachment is ignored: every file is sent inline."""

from .. import reference_app
from . import wrap_send_file

KILLS = [
    "static_files.attachment_named",
    "static_files.plain_download_name",
    "static_files.unicode_download_name",
    "static_files.in_memory_attachment",
]


def create_app():
    wrap_send_file(lambda kwargs: kwargs.update(as_attachment=False))
    return reference_app()
