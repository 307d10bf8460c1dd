"""Mutant: a blueprint's rule "/" becomes its url_prefix without the trailing slash."""

from flask.sansio.blueprints import BlueprintSetupState

from .. import reference_app

KILLS = [
    "blueprints.prefix_rule_join[/trailing/-/-/blueprints/trailing/]",
    "blueprints.root_rule_redirects_prefix",
]


def create_app():
    add_url_rule = BlueprintSetupState.add_url_rule

    def add_root_without_slash(self, rule, endpoint=None, view_func=None, **options):
        if rule == "/" and self.url_prefix:
            prefix, self.url_prefix = self.url_prefix, None
            try:
                add_url_rule(self, prefix.rstrip("/"), endpoint, view_func, **options)
            finally:
                self.url_prefix = prefix
            return
        add_url_rule(self, rule, endpoint, view_func, **options)

    BlueprintSetupState.add_url_rule = add_root_without_slash
    return reference_app()
