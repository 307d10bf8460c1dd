"""Mutant: HEAD is added to every rule that lists methods, not only to those serving GET."""

from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = ["routing.post_only_refuses_get", "routing.post_only_head_empty"]


def create_app():
    init = Rule.__init__

    def with_head(self, *args, **kwargs):
        init(self, *args, **kwargs)
        if self.methods is not None:
            self.methods.add("HEAD")

    Rule.__init__ = with_head
    return reference_app()
