"""Mutant: the path converter also matches an empty value."""

from werkzeug.routing import PathConverter

from .. import reference_app

KILLS = ["routing.path_not_empty"]


def create_app():
    PathConverter.regex = ".*?"
    return reference_app()
