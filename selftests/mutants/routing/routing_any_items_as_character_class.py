"""Mutant: any(...) builds a character class from its items ([...] instead of (?:...)), so it
matches one character, never a whole listed value."""

import re

from werkzeug.routing.converters import AnyConverter

from .. import reference_app

KILLS = ["routing.any_listed_value"]


def create_app():
    init = AnyConverter.__init__

    def as_class(self, map, *items):
        init(self, map, *items)
        self.regex = f"[{'|'.join(re.escape(item) for item in items)}]"

    AnyConverter.__init__ = as_class
    return reference_app()
