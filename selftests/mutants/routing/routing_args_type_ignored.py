"""Mutant: args.get ignores type=, so the value stays text."""

from werkzeug.datastructures import MultiDict

from .. import reference_app

KILLS = ["routing.args_type_converts"]


def create_app():
    get = MultiDict.get

    def untyped(self, key, default=None, type=None):
        return get(self, key, default)

    MultiDict.get = untyped
    return reference_app()
