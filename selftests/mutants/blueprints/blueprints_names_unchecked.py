"""Mutant: Blueprint() takes any name, an empty one or one with a dot."""

from flask import Blueprint

from .. import reference_app

KILLS = ["blueprints.dotted_name_refused", "blueprints.empty_name_refused"]


def create_app():
    init = Blueprint.__init__

    def init_any_name(self, name, import_name, *args, **kwargs):
        init(self, "checked", import_name, *args, **kwargs)
        self.name = name

    Blueprint.__init__ = init_any_name
    return reference_app()
