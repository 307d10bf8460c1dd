"""Mutant: the path is left as the environ's latin-1 text, not decoded again as UTF-8 (PEP 3333)."""

import werkzeug.wrappers.request

from .. import reference_app

KILLS = ["request.path_decoded", "request.full_path_raw_query", "request.url_is_an_iri"]


def create_app():
    werkzeug.wrappers.request._wsgi_decoding_dance = lambda text: text
    return reference_app()
