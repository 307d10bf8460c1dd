"""Mutant: an error handler that returns only a string answers with the error's code, not 200."""

from flask import Flask

from .. import reference_app

KILLS = ["errors.handler_string_answers_200", "errors.server_error_handler_sets_status"]


def create_app():
    find = Flask._find_error_handler

    def find_with_error_status(self, e, blueprints):
        handler = find(self, e, blueprints)
        if handler is None:
            return None

        def with_error_status(error):
            rv = handler(error)
            return (rv, getattr(error, "code", None) or 500) if isinstance(rv, str) else rv

        return with_error_status

    Flask._find_error_handler = find_with_error_status
    return reference_app()
