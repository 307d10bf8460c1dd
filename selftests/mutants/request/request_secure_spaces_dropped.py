"""Mutant: secure_filename drops spaces instead of joining the words with "_"."""

import os
import unicodedata

from werkzeug import utils
from werkzeug.utils import _filename_ascii_strip_re, _windows_device_files

from .. import reference_app, replace_code

KILLS = [
    "request.secure_spaces",
]


def _secure_filename(filename):
    # Werkzeug 3.1's secure_filename with one change.
    filename = unicodedata.normalize("NFKD", filename)
    filename = filename.encode("ascii", "ignore").decode("ascii")
    for sep in os.sep, os.path.altsep:
        if sep:
            filename = filename.replace(sep, " ")
    filename = str(_filename_ascii_strip_re.sub("", "".join(filename.split()))).strip("._")
    if os.name == "nt" and filename and filename.split(".")[0].upper() in _windows_device_files:
        filename = f"_{filename}"
    return filename


def create_app():
    replace_code(utils.secure_filename, _secure_filename)
    return reference_app()
