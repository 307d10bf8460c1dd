"""Mutant: a blueprint's error handlers are registered for the whole app, like app_errorhandler."""

from flask import Blueprint

from .. import reference_app

KILLS = [
    "errors.code_handler_for_abort",
    "errors.code_handler_for_routing_404",
    "errors.blueprint_handler_skips_routing_404",
    "errors.blueprint_handler_skips_routing_405",
]


def create_app():
    merge = Blueprint._merge_blueprint_funcs

    def merge_handlers_into_app(self, app, name):
        merge(self, app, name)
        for code, handlers in self.error_handler_spec.get(None, {}).items():
            app.error_handler_spec[None][code].update(handlers)

    Blueprint._merge_blueprint_funcs = merge_handlers_into_app
    return reference_app()
