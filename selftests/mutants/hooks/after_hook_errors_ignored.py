"""Mutant: an after_request hook that raises is logged and skipped instead of giving a 500."""

from .. import reference_app, run_after_hooks_with

KILLS = ["hooks.after_hook_error_is_500"]


def _ignoring_errors(app, funcs, response):
    for func in reversed(funcs):
        try:
            response = app.ensure_sync(func)(response)
        except Exception:
            app.logger.exception("after_request hook failed")
    return response


def create_app():
    run_after_hooks_with(_ignoring_errors)
    return reference_app()
