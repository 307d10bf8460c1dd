"""Mutant: a handler for Exception gets no HTTP errors; they answer their default pages."""

from flask import Flask
from werkzeug.exceptions import HTTPException

from .. import reference_app

KILLS = ["errors.exception_handler_gets_http_errors"]


def create_app():
    find = Flask._find_error_handler

    def find_without_generic(self, e, blueprints):
        handler = find(self, e, blueprints)
        generic = [self.error_handler_spec[name][None].get(Exception) for name in (*blueprints, None)]
        if isinstance(e, HTTPException) and handler is not None and handler in generic:
            return None
        return handler

    Flask._find_error_handler = find_without_generic
    return reference_app()
