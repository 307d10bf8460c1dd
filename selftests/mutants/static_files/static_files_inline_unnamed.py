"""Mutant: a file sent inline gets no Content-Disposition."""

from .. import reference_app
from . import wrap_send_file


def _unnamed(response):
    if response.headers.get("Content-Disposition", "").startswith("inline"):
        del response.headers["Content-Disposition"]
    return response


KILLS = ["static_files.inline_disposition", "static_files.send_file_inline", "static_files.not_modified_headers"]


def create_app():
    wrap_send_file(lambda kwargs: _unnamed)
    return reference_app()
