"""Mutant: args.get(..., type=int) lets the ValueError of a value that does not convert escape (500)."""

from werkzeug.datastructures import MultiDict

from .. import reference_app

KILLS = ["routing.args_type_fails_quietly[?n=five]", "routing.args_type_fails_quietly[?n=]"]


def create_app():
    def unguarded(self, key, default=None, type=None):
        if key not in self:
            return default
        return self[key] if type is None else type(self[key])

    MultiDict.get = unguarded
    return reference_app()
