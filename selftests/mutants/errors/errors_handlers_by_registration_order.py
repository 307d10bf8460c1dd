"""Mutant: the first registered error handler whose class matches wins, not the most specific one."""

from flask import Flask

from .. import reference_app

KILLS = ["errors.most_specific_handler_wins"]


def create_app():
    def find_first_registered(self, e, blueprints):
        exc_class, code = self._get_exc_class_and_code(type(e))
        for c in (code, None) if code is not None else (None,):
            for name in (*blueprints, None):
                for cls, handler in self.error_handler_spec[name][c].items():
                    if isinstance(e, cls):
                        return handler
        return None

    Flask._find_error_handler = find_first_registered
    return reference_app()
