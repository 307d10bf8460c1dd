"""Mutant: a rule that lists GET does not also allow HEAD."""

from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = [
    "methods.head_sends_no_body",
    "methods.head_runs_get_view",
    "methods.options_lists_path_methods",
    "methods.options_unites_rules",
    "methods.not_allowed_lists_allow",
    "methods.not_allowed_unites_rules",
]


def create_app():
    init = Rule.__init__

    def init_without_head(self, *args, methods=None, **kwargs):
        init(self, *args, methods=methods, **kwargs)
        if methods is not None and "HEAD" not in {m.upper() for m in methods}:
            self.methods.discard("HEAD")

    Rule.__init__ = init_without_head
    return reference_app()
