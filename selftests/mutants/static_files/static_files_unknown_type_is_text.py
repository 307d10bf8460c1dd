"""Mutant: a file of an unknown type is sent as text/plain, not application/octet-stream."""

import mimetypes
from types import SimpleNamespace

from .. import reference_app

KILLS = ["static_files.content_type[mystery.zzz-application/octet-stream-14]"]


def _guess_type(name):
    guessed, encoding = mimetypes.guess_type(name)
    return guessed or "text/plain", encoding


def create_app():
    import werkzeug.utils

    werkzeug.utils.mimetypes = SimpleNamespace(guess_type=_guess_type)
    return reference_app()
