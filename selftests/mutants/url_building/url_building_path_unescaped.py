"""Mutant: converters put path values into built URLs as they are, without percent-encoding."""

from werkzeug.routing.converters import BaseConverter

from .. import reference_app

KILLS = ["url_building.path_value_encoding", "url_building.string_value_keeps_slash"]


def create_app():
    BaseConverter.to_url = lambda self, value: str(value)
    return reference_app()
