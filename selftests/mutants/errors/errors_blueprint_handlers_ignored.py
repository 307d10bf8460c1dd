"""Mutant: a blueprint's own error handlers are never used; only the app's handlers run."""

from flask import Blueprint

from .. import reference_app

KILLS = ["errors.blueprint_handler_for_its_abort"]


def create_app():
    merge = Blueprint._merge_blueprint_funcs

    def merge_without_handlers(self, app, name):
        merge(self, app, name)
        app.error_handler_spec.pop(name, None)

    Blueprint._merge_blueprint_funcs = merge_without_handlers
    return reference_app()
