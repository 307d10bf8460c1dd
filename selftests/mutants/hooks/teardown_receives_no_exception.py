"""Mutant: teardown_request hooks always receive None, even after an unhandled exception."""

from flask import Flask

from .. import reference_app

KILLS = ["hooks.teardown_receives_unhandled_error"]


def create_app():
    teardown = Flask.do_teardown_request

    def do_teardown_request(self, exc=None):
        teardown(self, None)

    Flask.do_teardown_request = do_teardown_request
    return reference_app()
