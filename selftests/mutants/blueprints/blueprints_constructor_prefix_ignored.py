"""Mutant: the url_prefix given to Blueprint() is dropped: a blueprint registered without one is served at the root."""

from flask.sansio.blueprints import BlueprintSetupState

from .. import reference_app

KILLS = [
    "blueprints.served_under_prefix",
    "blueprints.endpoint_of_blueprint_view",
    "blueprints.relative_url_for_follows_name[/blueprints/blue/link-/blueprints/blue/index]",
    "blueprints.nested_prefixes_joined",
    "blueprints.nested_endpoint_dotted",
    "blueprints.url_for_nested_endpoint",
    "blueprints.prefix_rule_join",
    "blueprints.root_rule_redirects_prefix",
]


def create_app():
    init = BlueprintSetupState.__init__

    def init_without_own_prefix(self, blueprint, app, options, first_registration):
        init(self, blueprint, app, options, first_registration)
        if options.get("url_prefix") is None:
            self.url_prefix = "/"

    BlueprintSetupState.__init__ = init_without_own_prefix
    return reference_app()
