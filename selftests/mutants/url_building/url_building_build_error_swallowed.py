"""Mutant: a URL that cannot be built is answered with an empty URL instead of a BuildError."""

from flask import Flask

from .. import reference_app

KILLS = [
    "url_building.unknown_endpoint_raises",
    "url_building.missing_value_raises",
    "url_building.build_error_answers_500",
]


def create_app():
    Flask.handle_url_build_error = lambda self, error, endpoint, values: ""
    return reference_app()
