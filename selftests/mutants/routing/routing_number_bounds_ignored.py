"""Mutant: int and float ignore min and max."""

from werkzeug.routing.converters import NumberConverter

from .. import reference_app

KILLS = ["routing.int_range_outside", "routing.float_range_outside"]


def create_app():
    init = NumberConverter.__init__

    def unbounded(self, map, fixed_digits=0, min=None, max=None, signed=False):
        init(self, map, fixed_digits, None, None, signed)

    NumberConverter.__init__ = unbounded
    return reference_app()
