"""Mutant: the path converter matches one segment only, like string."""

from werkzeug.routing import PathConverter

from .. import reference_app

KILLS = ["routing.path_spans_segments", "routing.converter_round_trip[path-str]"]


def create_app():
    PathConverter.regex = "[^/]+"
    PathConverter.part_isolating = True
    return reference_app()
