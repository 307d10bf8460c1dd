"""Mutant: reading a missing key of args or form raises a plain KeyError (500), not a 400."""

from werkzeug.datastructures import MultiDict

from .. import reference_app

KILLS = ["routing.args_missing_key_400"]


def create_app():
    getitem = MultiDict.__getitem__

    def plain_key_error(self, key):
        if key not in self:
            raise KeyError(key)
        return getitem(self, key)

    MultiDict.__getitem__ = plain_key_error
    return reference_app()
