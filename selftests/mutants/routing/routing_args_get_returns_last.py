"""Mutant: a MultiDict gives the last value of a repeated key (args.get, args[...]), not the first."""

from werkzeug.datastructures import MultiDict

from .. import reference_app

KILLS = ["routing.args_get_first", "routing.args_present_key", "routing.args_repeated_keys"]


def create_app():
    getitem = MultiDict.__getitem__

    def last(self, key):
        getitem(self, key)  # raises for a missing key, as before
        return dict.__getitem__(self, key)[-1]

    MultiDict.__getitem__ = last
    return reference_app()
