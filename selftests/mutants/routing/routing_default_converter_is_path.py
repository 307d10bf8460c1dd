"""Mutant: a variable without a converter (and <default:...>) uses the path converter."""

from werkzeug.datastructures import ImmutableDict
from werkzeug.routing import Map, PathConverter

from .. import reference_app

KILLS = ["routing.default_is_string"]


def create_app():
    Map.default_converters = ImmutableDict({**Map.default_converters, "default": PathConverter})
    return reference_app()
