"""Mutant: the string converter ignores minlength, maxlength and length."""

from werkzeug.routing.converters import UnicodeConverter

from .. import reference_app

KILLS = ["routing.string_wrong_length", "routing.string_out_of_bounds"]


def create_app():
    init = UnicodeConverter.__init__

    def any_length(self, map, *args, **kwargs):
        init(self, map)

    UnicodeConverter.__init__ = any_length
    return reference_app()
