"""Mutant: a rule that serves GET does not serve HEAD unless it lists it."""

from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = ["routing.head_by_default", "routing.options_by_default", "routing.post_not_in_defaults"]


def create_app():
    init = Rule.__init__

    def without_head(self, string, *args, methods=None, **kwargs):
        init(self, string, *args, methods=methods, **kwargs)
        if methods is not None and "HEAD" not in {m.upper() for m in methods}:
            self.methods.discard("HEAD")

    Rule.__init__ = without_head
    return reference_app()
