"""Mutant: the URL map knows an eighth built-in converter, integer (an alias of int)."""

from werkzeug.datastructures import ImmutableDict
from werkzeug.routing import IntegerConverter, Map

from .. import reference_app

KILLS = ["routing.builtin_converter_names", "routing.unknown_converter_refused"]


def create_app():
    Map.default_converters = ImmutableDict({**Map.default_converters, "integer": IntegerConverter})
    return reference_app()
