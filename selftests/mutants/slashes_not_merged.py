"""Mutant: repeated slashes are not merged, so /a//b is not found."""

from werkzeug.routing import Map

from . import reference_app

KILLS = ["strict_slashes.merge_slashes"]


def create_app():
    init = Map.__init__

    def unmerged_init(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.merge_slashes = False

    Map.__init__ = unmerged_init
    return reference_app()
