"""Mutant: register_blueprint ignores its url_prefix= option, so the blueprint keeps its own prefix."""

from flask.sansio.app import App

from .. import reference_app

KILLS = [
    "blueprints.registration_prefix_replaces",
    "blueprints.second_name_endpoints",
]


def create_app():
    register = App.register_blueprint

    def register_with_own_prefix(self, blueprint, **options):
        options.pop("url_prefix", None)
        register(self, blueprint, **options)

    App.register_blueprint = register_with_own_prefix
    return reference_app()
