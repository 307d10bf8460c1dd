"""Mutant: secure_filename keeps every Unicode letter and digit, so CJK names survive."""

import os
import re
import unicodedata

from werkzeug import utils
from werkzeug.utils import _windows_device_files

from .. import reference_app, replace_code

KILLS = [
    r"request.secure_non_ascii[\u4e2d\u6587.txt-txt]",
    r"request.secure_non_ascii[\u5f20\u4e09\u7684\u7b80\u5386.pdf-pdf]",
]


def _secure_filename(filename):
    # Werkzeug 3.1's secure_filename with one change.
    filename = unicodedata.normalize("NFKD", filename)
    for sep in os.sep, os.path.altsep:
        if sep:
            filename = filename.replace(sep, " ")
    filename = str(re.sub(r"[^\w.-]", "", "_".join(filename.split()))).strip("._")
    if os.name == "nt" and filename and filename.split(".")[0].upper() in _windows_device_files:
        filename = f"_{filename}"
    return filename


def create_app():
    replace_code(utils.secure_filename, _secure_filename)
    return reference_app()
