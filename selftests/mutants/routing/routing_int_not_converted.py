"""Mutant: the int converter passes the matched digits as text, not as an int."""

from werkzeug.routing import IntegerConverter

from .. import reference_app

KILLS = ["routing.int_digits", "routing.converter_round_trip[int-int]"]


def create_app():
    IntegerConverter.num_convert = str
    return reference_app()
