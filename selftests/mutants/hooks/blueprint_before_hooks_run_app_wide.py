"""Mutant: every blueprint's before_request hooks run for every request, not only for its routes."""


from .. import reference_app, run_before_hooks_of

KILLS = [
    "hooks.app_route_order",
    "hooks.gate_leaves_login_page_open",
    "hooks.gate_login_redirects",
    "hooks.gate_rejects_wrong_password",
    "hooks.gate_admits_logged_in_user",
]


def _every_scope(app):
    return list(app.before_request_funcs)


def create_app():
    run_before_hooks_of(_every_scope)
    return reference_app()
