"""Mutant: the string converter matches across slashes, like path."""

from werkzeug.routing.converters import UnicodeConverter

from .. import reference_app

KILLS = ["routing.string_one_segment", "routing.default_is_string"]


def create_app():
    init = UnicodeConverter.__init__

    def across_slashes(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.regex = self.regex.replace("[^/]", ".", 1)
        self.part_isolating = False

    UnicodeConverter.__init__ = across_slashes
    return reference_app()
