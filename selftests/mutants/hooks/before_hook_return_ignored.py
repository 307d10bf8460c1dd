"""Mutant: a value returned by a before_request hook is dropped and the view runs."""

from flask import Flask

from .. import reference_app

KILLS = [
    "hooks.before_return_is_response",
    "hooks.short_circuit_runs_after_hooks",
    "hooks.gate_redirects_anonymous",
]


def create_app():
    preprocess = Flask.preprocess_request

    def preprocess_request(self):
        preprocess(self)
        return None

    Flask.preprocess_request = preprocess_request
    return reference_app()
