"""Mutant: a blueprint's before_request hooks run before the app-level ones (inner first)."""

from flask import request

from .. import reference_app, run_before_hooks_of

KILLS = [
    "hooks.blueprint_route_order",
    "hooks.nested_blueprint_order",
    "hooks.short_circuit_runs_after_hooks",
]


def _inner_scope_first(app):
    return (*request.blueprints, None)


def create_app():
    run_before_hooks_of(_inner_scope_first)
    return reference_app()
