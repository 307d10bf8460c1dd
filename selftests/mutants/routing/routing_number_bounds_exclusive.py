"""Mutant: the min and max of int and float are excluded."""

from werkzeug.routing import ValidationError
from werkzeug.routing.converters import NumberConverter

from .. import reference_app

KILLS = ["routing.int_range_edges", "routing.float_range_edges"]


def create_app():
    to_python = NumberConverter.to_python

    def exclusive(self, value):
        number = to_python(self, value)
        if number in (self.min, self.max):
            raise ValidationError()
        return number

    NumberConverter.to_python = exclusive
    return reference_app()
