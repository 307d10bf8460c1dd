"""Mutant: after_request hooks run in registration order instead of reverse order."""

from .. import reference_app, run_after_hooks_with

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


def _in_registration_order(app, funcs, response):
    for func in funcs:
        response = app.ensure_sync(func)(response)
    return response


def create_app():
    run_after_hooks_with(_in_registration_order)
    return reference_app()
