"""Mutant: a nested blueprint's url_prefix is not joined to its parent's (Flask 2.0.0, fixed in 2.0.1 #4037)."""

from flask.sansio.blueprints import BlueprintSetupState

from .. import reference_app

KILLS = [
    "blueprints.nested_prefixes_joined",
    "blueprints.nested_endpoint_dotted",
    "blueprints.url_for_nested_endpoint",
]


def create_app():
    init = BlueprintSetupState.__init__

    def init_without_parent_prefix(self, blueprint, app, options, first_registration):
        init(self, blueprint, app, options, first_registration)
        if self.name_prefix:  # registered through a parent blueprint
            self.url_prefix = blueprint.url_prefix

    BlueprintSetupState.__init__ = init_without_parent_prefix
    return reference_app()
