"""Mutant: url_for builds a custom converter's value with the base to_url, not the converter's."""

from functools import partial

from werkzeug.routing import BaseConverter
from werkzeug.routing.converters import DEFAULT_CONVERTERS
from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = ["routing.custom_to_url"]


def create_app():
    get_converter = Rule.get_converter

    def base_to_url(self, *args, **kwargs):
        converter = get_converter(self, *args, **kwargs)
        if type(converter) not in DEFAULT_CONVERTERS.values():
            converter.to_url = partial(BaseConverter.to_url, converter)
        return converter

    Rule.get_converter = base_to_url
    return reference_app()
