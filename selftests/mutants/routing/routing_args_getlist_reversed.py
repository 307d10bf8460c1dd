"""Mutant: MultiDict.getlist gives the values of a key newest first."""

from werkzeug.datastructures import MultiDict

from .. import reference_app

KILLS = ["routing.args_getlist_all", "routing.args_repeated_keys"]


def create_app():
    getlist = MultiDict.getlist

    def reversed_list(self, key, type=None):
        return getlist(self, key, type)[::-1]

    MultiDict.getlist = reversed_list
    return reference_app()
