"""Mutant: an error handler for a class handles only that class, not its subclasses (no MRO walk)."""

from flask import Flask

from .. import reference_app

KILLS = [
    "errors.class_handler_catches_subclass",
    "errors.exception_handler_gets_http_errors",
    "errors.http_exception_handler",
]


def create_app():
    def find_exact_class(self, e, blueprints):
        exc_class, code = self._get_exc_class_and_code(type(e))
        for c in (code, None) if code is not None else (None,):
            for name in (*blueprints, None):
                handler = self.error_handler_spec[name][c].get(exc_class)
                if handler is not None:
                    return handler
        return None

    Flask._find_error_handler = find_exact_class
    return reference_app()
