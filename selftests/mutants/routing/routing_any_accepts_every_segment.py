"""Mutant: any(...) matches every segment; its items are only checked when a URL is built."""

from werkzeug.routing import BaseConverter
from werkzeug.routing.converters import AnyConverter

from .. import reference_app

KILLS = ["routing.any_other_value"]


def create_app():
    init = AnyConverter.__init__

    def every_segment(self, map, *items):
        init(self, map, *items)
        self.regex = BaseConverter.regex

    AnyConverter.__init__ = every_segment
    return reference_app()
