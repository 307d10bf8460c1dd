"""Mutant: teardown_request hooks run in registration order instead of reverse order."""

from itertools import chain

from flask import Flask, request
from flask.signals import request_tearing_down

from .. import reference_app

KILLS = [
    "hooks.teardown_order_blueprint_route",
    "hooks.teardown_order_nested_blueprint",
    "hooks.teardown_receives_unhandled_error",
    "hooks.teardown_after_handled_error",
    "hooks.teardown_after_short_circuit",
    "hooks.teardown_after_abort",
]


def create_app():
    def do_teardown_request(self, exc=None):
        for name in chain(request.blueprints, (None,)):
            for func in self.teardown_request_funcs.get(name, ()):
                self.ensure_sync(func)(exc)
        request_tearing_down.send(self, _async_wrapper=self.ensure_sync, exc=exc)

    Flask.do_teardown_request = do_teardown_request
    return reference_app()
