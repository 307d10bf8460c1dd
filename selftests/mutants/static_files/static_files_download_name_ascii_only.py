"""Mutant: a download name that is not ASCII is sent as its ASCII fallback only, without filename*."""

import unicodedata

from .. import reference_app
from . import wrap_send_file

KILLS = ["static_files.unicode_download_name"]


def _ascii_only(kwargs):
    name = kwargs.get("download_name")
    if name is not None:
        kwargs["download_name"] = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def create_app():
    wrap_send_file(_ascii_only)
    return reference_app()
