"""Mutant: a blueprint name may be registered again, replacing the first (as before Flask 2.1)."""

from flask import Blueprint

from .. import reference_app

KILLS = ["blueprints.name_registered_twice"]


def create_app():
    register = Blueprint.register

    def register_over(self, app, options):
        name = f"{options.get('name_prefix', '')}.{options.get('name', self.name)}".lstrip(".")
        app.blueprints.pop(name, None)
        register(self, app, options)

    Blueprint.register = register_over
    return reference_app()
