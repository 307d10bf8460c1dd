"""Mutant: a blueprint's url_prefix and rule are concatenated as they are: a rule with no leading slash is glued on."""

from flask.sansio.blueprints import BlueprintSetupState

from .. import reference_app

KILLS = [
    "blueprints.prefix_rule_join[/plain-bare-/blueprints/plain/bare]",
    "blueprints.bare_rule_not_glued",
]


def create_app():
    add_url_rule = BlueprintSetupState.add_url_rule

    def add_concatenated(self, rule, endpoint=None, view_func=None, **options):
        prefix, self.url_prefix = self.url_prefix, None
        try:
            add_url_rule(self, (prefix or "") + rule, endpoint, view_func, **options)
        finally:
            self.url_prefix = prefix

    BlueprintSetupState.add_url_rule = add_concatenated
    return reference_app()
