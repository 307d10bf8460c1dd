"""Mutant: string(minlength, maxlength) excludes its bounds."""

from werkzeug.routing.converters import UnicodeConverter

from .. import reference_app

KILLS = ["routing.string_length_bounds"]


def create_app():
    init = UnicodeConverter.__init__

    def exclusive(self, map, minlength=1, maxlength=None, length=None):
        if maxlength is not None:
            minlength, maxlength = minlength + 1, maxlength - 1
        init(self, map, minlength, maxlength, length)

    UnicodeConverter.__init__ = exclusive
    return reference_app()
