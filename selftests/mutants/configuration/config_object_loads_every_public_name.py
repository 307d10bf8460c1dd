"""Mutant: from_object (and so from_pyfile and from_envvar) loads every public name, lowercase ones too."""

from flask import Config
from werkzeug.utils import import_string

from .. import reference_app

KILLS = ["configuration.from_pyfile_uppercase_only", "configuration.from_object_class",
         "configuration.from_object_import_string", "configuration.from_object_inherited",
         "configuration.from_envvar_file"]


def create_app():
    def from_object(self, obj):
        if isinstance(obj, str):
            obj = import_string(obj)
        for key in dir(obj):
            if not key.startswith("_"):
                self[key] = getattr(obj, key)

    Config.from_object = from_object
    return reference_app()
