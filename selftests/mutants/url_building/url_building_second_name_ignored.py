"""Mutant: a blueprint registered again under another name (name=) keeps its own name in its endpoints."""

from flask.sansio.blueprints import BlueprintSetupState

from .. import reference_app

KILLS = [
    "url_building.blueprint_qualified_name[blue2-/url_building/blue2/index]",
    "url_building.relative_name_in_blueprint[blue2]",
]


def create_app():
    init = BlueprintSetupState.__init__

    def init_with_own_name(self, blueprint, *args, **kwargs):
        init(self, blueprint, *args, **kwargs)
        self.name = blueprint.name

    BlueprintSetupState.__init__ = init_with_own_name
    return reference_app()
