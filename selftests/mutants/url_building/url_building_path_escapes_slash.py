"""Mutant: the string converter escapes "/" in the values url_for puts in the path."""

from urllib.parse import quote

from werkzeug.routing.converters import UnicodeConverter

from .. import reference_app

KILLS = ["url_building.string_value_keeps_slash"]


def create_app():
    UnicodeConverter.to_url = lambda self, value: quote(str(value), safe="!$&'()*+,:;=@")
    return reference_app()
