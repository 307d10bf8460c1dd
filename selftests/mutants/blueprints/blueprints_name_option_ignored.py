"""Mutant: the name= of register_blueprint does not reach the endpoints, which keep the blueprint's own name."""

from flask.sansio.blueprints import BlueprintSetupState

from .. import reference_app

KILLS = [
    "blueprints.second_name_endpoints",
    "blueprints.relative_url_for_follows_name[/blueprints/blue2/link-/blueprints/blue2/index]",
]


def create_app():
    init = BlueprintSetupState.__init__

    def init_with_own_name(self, blueprint, app, options, first_registration):
        init(self, blueprint, app, options, first_registration)
        self.name = blueprint.name

    BlueprintSetupState.__init__ = init_with_own_name
    return reference_app()
