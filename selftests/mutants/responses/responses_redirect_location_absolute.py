"""Mutant: a Location is made absolute against the request URL (Werkzeug's autocorrect, on by default before 2.1)."""

from flask import Response

from .. import reference_app

KILLS = [
    "responses.redirect_302_found",
    "responses.redirect_codes",
    "responses.redirect_keeps_relative_target",
    "responses.redirect_head",
    "responses.redirect_iri_location",
    "responses.redirect_unsafe_location_encoded",
    "responses.redirect_under_mount_unprefixed",
    "responses.redirect_url_for_under_mount",
]


def create_app():
    Response.autocorrect_location_header = True
    return reference_app()
