"""Mutant: secure_filename prefixes Windows device names with "_" on every system, not only on Windows."""

import os
import unicodedata

from werkzeug import utils
from werkzeug.utils import _filename_ascii_strip_re, _windows_device_files

from .. import reference_app, replace_code

KILLS = [
    "request.secure_device_name_posix",
]


def _secure_filename(filename):
    # Werkzeug 3.1's secure_filename with one change.
    filename = unicodedata.normalize("NFKD", filename)
    filename = filename.encode("ascii", "ignore").decode("ascii")
    for sep in os.sep, os.path.altsep:
        if sep:
            filename = filename.replace(sep, " ")
    filename = str(_filename_ascii_strip_re.sub("", "_".join(filename.split()))).strip("._")
    if filename and filename.split(".")[0].upper() in _windows_device_files:
        filename = f"_{filename}"
    return filename


def create_app():
    replace_code(utils.secure_filename, _secure_filename)
    return reference_app()
