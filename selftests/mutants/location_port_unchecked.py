"""Mutant: a Location whose port is out of range is sent unconverted (as Werkzeug 2.2 and 2.3 do), not a 500."""

from werkzeug.wrappers import response

from . import reference_app

KILLS = ["strict_slashes.host_port_out_of_range"]


def create_app():
    # Response.get_wsgi_headers looks iri_to_uri up in its module's globals on every call.
    iri_to_uri = response.iri_to_uri

    def iri_to_uri_or_as_is(iri):
        try:
            return iri_to_uri(iri)
        except ValueError:
            return iri

    response.iri_to_uri = iri_to_uri_or_as_is
    return reference_app()
