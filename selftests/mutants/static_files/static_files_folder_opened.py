"""Mutant: send_from_directory does not check that the path is a file: a folder or a missing
file is opened, and the error is a 500."""

import os
from types import SimpleNamespace

from .. import reference_app

KILLS = ["static_files.missing_file", "static_files.folder_not_served", "static_files.missing_download"]


def create_app():
    import werkzeug.utils

    # Only send_from_directory asks werkzeug.utils' os.path.isfile; joining still works.
    werkzeug.utils.os = SimpleNamespace(**{**vars(os), "path": SimpleNamespace(
        **{**vars(os.path), "isfile": lambda path: True})})
    return reference_app()
