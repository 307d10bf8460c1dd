"""Mutant: url_for builds every number converter's value as an int, so a float loses its dot."""

from werkzeug.routing.converters import NumberConverter

from .. import reference_app

KILLS = ["routing.converter_round_trip[float-float]"]


def create_app():
    def as_int(self, value):
        return str(int(value)).zfill(self.fixed_digits)

    NumberConverter.to_url = as_int
    return reference_app()
