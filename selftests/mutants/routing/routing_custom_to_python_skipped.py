"""Mutant: the to_python of a converter that is not built in is never called."""

from werkzeug.routing.converters import DEFAULT_CONVERTERS
from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = ["routing.custom_to_python"]


def create_app():
    get_converter = Rule.get_converter

    def unconverted(self, *args, **kwargs):
        converter = get_converter(self, *args, **kwargs)
        if type(converter) not in DEFAULT_CONVERTERS.values():
            converter.to_python = lambda value: value
        return converter

    Rule.get_converter = unconverted
    return reference_app()
