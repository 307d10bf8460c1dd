"""Mutant: after_request hooks run in registration order instead of reverse order."""

from itertools import chain

from flask import Flask, request
from flask.globals import request_ctx

from . import reference_app

KILLS = [
    "hooks.app_route_order",
    "hooks.blueprint_route_order",
    "hooks.nested_blueprint_order",
    "hooks.short_circuit_runs_after_hooks",
    "hooks.abort_in_before_hook",
    "hooks.not_found_runs_app_hooks",
    "hooks.not_found_under_blueprint_prefix",
    "hooks.method_not_allowed_runs_app_hooks",
    "hooks.unhandled_error_runs_after_hooks",
    "hooks.after_this_request_runs_first",
    "hooks.after_this_request_is_per_request",
]


def create_app():
    def process_response(self, response):
        ctx = request_ctx._get_current_object()
        for func in ctx._after_request_functions:
            response = self.ensure_sync(func)(response)
        for name in chain(request.blueprints, (None,)):
            for func in self.after_request_funcs.get(name, ()):
                response = self.ensure_sync(func)(response)
        if not self.session_interface.is_null_session(ctx._session):
            self.session_interface.save_session(self, ctx._session, response)
        return response

    Flask.process_response = process_response
    return reference_app()
