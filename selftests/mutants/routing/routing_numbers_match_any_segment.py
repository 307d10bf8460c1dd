"""Mutant: int and float match any segment and convert it with int() or float(), so a sign,
an exponent or a missing dot is accepted, and a segment that does not convert is a 500."""

from werkzeug.routing import BaseConverter, FloatConverter, IntegerConverter

from .. import reference_app

KILLS = ["routing.int_not_digits", "routing.float_not_decimal"]


def create_app():
    IntegerConverter.regex = FloatConverter.regex = BaseConverter.regex
    return reference_app()
