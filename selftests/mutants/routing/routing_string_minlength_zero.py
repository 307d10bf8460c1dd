"""Mutant: the string converter's minlength defaults to 0, so an empty segment matches."""

from werkzeug.routing.converters import UnicodeConverter

from .. import reference_app

KILLS = ["routing.string_not_empty"]


def create_app():
    init = UnicodeConverter.__init__

    def from_zero(self, map, minlength=0, maxlength=None, length=None):
        init(self, map, minlength, maxlength, length)

    UnicodeConverter.__init__ = from_zero
    return reference_app()
