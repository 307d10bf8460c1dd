"""Mutant: the float converter passes a decimal.Decimal, not a float."""

from decimal import Decimal

from werkzeug.routing import FloatConverter

from .. import reference_app

KILLS = ["routing.float_decimal", "routing.converter_round_trip[float-float]"]


def create_app():
    FloatConverter.num_convert = Decimal
    return reference_app()
