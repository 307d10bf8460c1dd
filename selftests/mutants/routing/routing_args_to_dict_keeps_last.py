"""Mutant: MultiDict.to_dict keeps the last value of a repeated key (dict() of every pair)."""

from werkzeug.datastructures import MultiDict

from .. import reference_app

KILLS = ["routing.args_to_dict_first"]


def create_app():
    to_dict = MultiDict.to_dict

    def last_wins(self, flat=True):
        return dict(self.items(multi=True)) if flat else to_dict(self, flat)

    MultiDict.to_dict = last_wins
    return reference_app()
