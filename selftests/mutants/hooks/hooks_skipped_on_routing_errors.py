"""Mutant: a request whose URL or method matches no rule (404, 405) is answered before any hook runs."""

from flask import Flask, request

from .. import reference_app

KILLS = [
    "hooks.not_found_runs_app_hooks",
    "hooks.not_found_under_blueprint_prefix",
    "hooks.method_not_allowed_runs_app_hooks",
]


def create_app():
    dispatch = Flask.full_dispatch_request

    def full_dispatch_request(self):
        if request.routing_exception is not None:
            return self.make_response(self.handle_user_exception(request.routing_exception))
        return dispatch(self)

    Flask.full_dispatch_request = full_dispatch_request
    return reference_app()
