"""Mutant: a header parameter is never quoted, so a download name with a space is sent bare."""

from .. import reference_app

KILLS = ['static_files.plain_download_name[my%20notes.txt-attachment; filename="my notes.txt"]']


def create_app():
    import werkzeug.http

    werkzeug.http.quote_header_value = lambda value, allow_token=True: str(value)
    return reference_app()
