"""Mutant: every rule is strict about its trailing slash, whatever the rule or map says."""

from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = ["strict_slashes.rule_not_strict", "strict_slashes.map_not_strict"]


def create_app():
    bind = Rule.bind

    def strict_bind(self, map, rebind=False):
        self.strict_slashes = True
        bind(self, map, rebind)

    Rule.bind = strict_bind
    return reference_app()
