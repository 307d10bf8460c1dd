"""Mutant: the endpoints of a nested blueprint lack its parents' names (blue.index, not parent.blue.index)."""

from flask.sansio.blueprints import BlueprintSetupState

from .. import reference_app

KILLS = ["url_building.blueprint_qualified_name"]


def create_app():
    init = BlueprintSetupState.__init__

    def init_unprefixed(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.name_prefix = ""

    BlueprintSetupState.__init__ = init_unprefixed
    return reference_app()
