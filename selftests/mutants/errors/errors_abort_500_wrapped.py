"""Mutant: abort(500) is handled as an unhandled exception: the 500 handler's original_exception is its error."""

from flask import Flask

from .. import reference_app

KILLS = ["errors.abort_500_has_no_original"]


def create_app():
    handle_http_exception = Flask.handle_http_exception

    def handle_500_as_unhandled(self, e):
        if e.code == 500:
            raise e
        return handle_http_exception(self, e)

    Flask.handle_http_exception = handle_500_as_unhandled
    return reference_app()
