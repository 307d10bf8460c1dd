"""Mutant: the string converter matches values with a slash, as the path converter does."""

from werkzeug.routing.converters import UnicodeConverter

from .. import override_after_init, reference_app

KILLS = ["url_building.slash_value_does_not_round_trip"]


def create_app():
    override_after_init(UnicodeConverter, regex="[^/].*?", part_isolating=False)
    return reference_app()
