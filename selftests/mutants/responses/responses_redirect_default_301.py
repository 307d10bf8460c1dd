"""Mutant: redirect() defaults to 301 Moved Permanently instead of 302 Found."""

import flask.helpers

from .. import reference_app

KILLS = [
    "responses.redirect_302_found",
    "responses.redirect_keeps_relative_target",
    "responses.redirect_head",
    "responses.redirect_iri_location",
    "responses.redirect_unsafe_location_encoded",
    "responses.redirect_under_mount_unprefixed",
    "responses.redirect_url_for_under_mount",
]


def create_app():
    flask.helpers.redirect.__defaults__ = (301, None)
    return reference_app()
