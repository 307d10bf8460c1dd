"""Mutant: int and float ignore signed=True, so a negative value is not found."""

from werkzeug.routing.converters import NumberConverter

from .. import reference_app

KILLS = ["routing.int_signed_negative", "routing.float_signed_negative"]


def create_app():
    init = NumberConverter.__init__

    def unsigned(self, map, fixed_digits=0, min=None, max=None, signed=False):
        init(self, map, fixed_digits, min, max, False)

    NumberConverter.__init__ = unsigned
    return reference_app()
