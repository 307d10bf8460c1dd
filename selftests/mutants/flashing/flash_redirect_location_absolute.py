"""Mutant: redirect() makes the Location absolute instead of leaving it as given."""

from flask import Response

from .. import reference_app

KILLS = ["flashing.flow_redirects_to_error_page"]


def create_app():
    Response.autocorrect_location_header = True
    return reference_app()
