"""Mutant: an error handler that returns None answers an empty 200 instead of failing."""

from flask import Flask

from .. import reference_app

KILLS = ["errors.handler_returning_none"]


def create_app():
    find = Flask._find_error_handler

    def find_allowing_none(self, e, blueprints):
        handler = find(self, e, blueprints)
        if handler is None:
            return None

        def empty_for_none(error):
            rv = handler(error)
            return "" if rv is None else rv

        return empty_for_none

    Flask._find_error_handler = find_allowing_none
    return reference_app()
