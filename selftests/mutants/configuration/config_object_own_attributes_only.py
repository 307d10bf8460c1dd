"""Mutant: from_object reads the object's own attributes only (vars, not dir): a class's inherited settings are lost."""

from flask import Config
from werkzeug.utils import import_string

from .. import reference_app

KILLS = ["configuration.from_object_inherited"]


def create_app():
    def from_object(self, obj):
        if isinstance(obj, str):
            obj = import_string(obj)
        for key, value in vars(obj).items():
            if key.isupper():
                self[key] = value

    Config.from_object = from_object
    return reference_app()
