"""Mutant: string(length=n) matches n - 1 characters."""

from werkzeug.routing.converters import UnicodeConverter

from .. import reference_app

KILLS = ["routing.string_exact_length"]


def create_app():
    init = UnicodeConverter.__init__

    def one_short(self, map, minlength=1, maxlength=None, length=None):
        init(self, map, minlength, maxlength, None if length is None else length - 1)

    UnicodeConverter.__init__ = one_short
    return reference_app()
