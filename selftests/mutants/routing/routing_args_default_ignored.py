"""Mutant: args.get ignores its default and gives None when the key is missing or does not convert."""

from werkzeug.datastructures import MultiDict

from .. import reference_app

KILLS = ["routing.args_type_fails_quietly"]


def create_app():
    get = MultiDict.get

    def no_default(self, key, default=None, type=None):
        return get(self, key, None, type)

    MultiDict.get = no_default
    return reference_app()
