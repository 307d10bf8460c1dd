"""Mutant: a relative instance path is accepted, resolved against the current directory."""

import os

from flask import Flask

from .. import reference_app

KILLS = ["configuration.relative_instance_path"]


def create_app():
    init = Flask.__init__

    def init_resolving(self, *args, instance_path=None, **kwargs):
        if instance_path is not None:
            instance_path = os.path.abspath(instance_path)
        init(self, *args, instance_path=instance_path, **kwargs)

    Flask.__init__ = init_resolving
    return reference_app()
