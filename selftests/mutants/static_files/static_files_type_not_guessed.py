"""Mutant: send_file guesses no type from the file name: every file is application/octet-stream."""

from types import SimpleNamespace

from .. import reference_app

KILLS = [
    "static_files.content_type[style.css-text/css; charset=utf-8-22]",
    "static_files.content_type[app.js-text/javascript; charset=utf-8-20]",
    "static_files.content_type[notes.txt-text/plain; charset=utf-8-13]",
    "static_files.content_type[logo.svg-image/svg+xml; charset=utf-8-63]",
    "static_files.content_type[data.json-application/json-20]",
    "static_files.content_type[pixel.png-image/png-68]",
]


def create_app():
    import werkzeug.utils

    werkzeug.utils.mimetypes = SimpleNamespace(guess_type=lambda name: (None, None))
    return reference_app()
