"""Mutant: a nested blueprint's endpoints carry only its own name, not its parent's (Flask 2.0.0; 2.0.1 #4069)."""

from flask.sansio.blueprints import BlueprintSetupState

from .. import override_after_init, reference_app

KILLS = [
    "blueprints.nested_endpoint_dotted",
    "blueprints.url_for_nested_endpoint",
]


def create_app():
    override_after_init(BlueprintSetupState, name_prefix="")
    return reference_app()
