"""Mutant: after_request hooks do not run for responses with an error status (4xx, 5xx)."""

from .. import reference_app, run_after_hooks_with

KILLS = [
    "hooks.abort_in_before_hook",
    "hooks.not_found_runs_app_hooks",
    "hooks.not_found_under_blueprint_prefix",
    "hooks.method_not_allowed_runs_app_hooks",
    "hooks.unhandled_error_runs_after_hooks",
]


def _unless_an_error(app, funcs, response):
    if response.status_code >= 400:
        return response
    for func in reversed(funcs):
        response = app.ensure_sync(func)(response)
    return response


def create_app():
    run_after_hooks_with(_unless_an_error)
    return reference_app()
