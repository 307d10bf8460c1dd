"""Mutant: from_object given an import name reads the string's own attributes instead of importing it."""

from flask import Config

from .. import reference_app

KILLS = ["configuration.from_object_import_string"]


def create_app():
    def from_object(self, obj):
        for key in dir(obj):
            if key.isupper():
                self[key] = getattr(obj, key)

    Config.from_object = from_object
    return reference_app()
