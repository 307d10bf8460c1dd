"""Mutant: a text type is sent without its charset (text/css, not text/css; charset=utf-8)."""

from .. import reference_app

KILLS = [
    "static_files.content_type[style.css-text/css; charset=utf-8-22]",
    "static_files.content_type[app.js-text/javascript; charset=utf-8-20]",
    "static_files.content_type[notes.txt-text/plain; charset=utf-8-13]",
    "static_files.content_type[logo.svg-image/svg+xml; charset=utf-8-63]",
    "static_files.in_memory_attachment",
]


def create_app():
    import werkzeug.sansio.response

    werkzeug.sansio.response.get_content_type = lambda mimetype, charset: mimetype
    return reference_app()
