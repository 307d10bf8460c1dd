"""Mutant: a blueprint's before_request hooks run before the app-level ones (inner first)."""

from flask import Flask, request

from . import reference_app

KILLS = [
    "hooks.blueprint_route_order",
    "hooks.nested_blueprint_order",
    "hooks.short_circuit_runs_after_hooks",
]


def create_app():
    def preprocess_request(self):
        names = (None, *reversed(request.blueprints))
        for name in names:
            for url_func in self.url_value_preprocessors.get(name, ()):
                url_func(request.endpoint, request.view_args)
        for name in (*request.blueprints, None):
            for before_func in self.before_request_funcs.get(name, ()):
                rv = self.ensure_sync(before_func)()
                if rv is not None:
                    return rv
        return None

    Flask.preprocess_request = preprocess_request
    return reference_app()
