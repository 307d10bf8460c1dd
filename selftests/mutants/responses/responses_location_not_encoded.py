"""Mutant: the Location header is sent as given, not converted to a URI (percent-encoded)."""

import werkzeug.wrappers.response

from .. import reference_app

KILLS = ["responses.redirect_iri_location", "responses.redirect_unsafe_location_encoded"]


def create_app():
    werkzeug.wrappers.response.iri_to_uri = str
    return reference_app()
