"""Mutant: a 304 keeps the headers that describe the body (Content-Type, Last-Modified)."""

from .. import reference_app

KILLS = ["static_files.not_modified_headers"]


def create_app():
    import werkzeug.wrappers.response

    werkzeug.wrappers.response.remove_entity_headers = lambda headers, allowed=(): None
    return reference_app()
