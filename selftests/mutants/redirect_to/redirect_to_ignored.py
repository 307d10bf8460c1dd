"""Mutant: redirect_to is ignored, so the rule's view answers (or fails when it has none)."""

from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = [
    "redirect_to.string_target_308",
    "redirect_to.redirect_page_links_target",
    "redirect_to.view_never_runs",
    "redirect_to.callable_gets_converted_values",
    "redirect_to.callable_gets_map_adapter",
    "redirect_to.external_url",
    "redirect_to.rule_without_view",
]


def create_app():
    init = Rule.__init__

    def init_without_redirect(self, *args, redirect_to=None, **kwargs):
        init(self, *args, **kwargs)

    Rule.__init__ = init_without_redirect
    return reference_app()
