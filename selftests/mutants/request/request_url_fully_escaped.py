"""Mutant: request.url and base_url are URIs: non-ASCII characters stay percent-encoded."""

import werkzeug.sansio.utils

from .. import reference_app

KILLS = ["request.url_is_an_iri"]


def create_app():
    werkzeug.sansio.utils.uri_to_iri = lambda uri: uri
    return reference_app()
