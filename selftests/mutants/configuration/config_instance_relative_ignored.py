"""Mutant: instance_relative_config is ignored: config files are always relative to the root path."""

from flask import Flask

from .. import reference_app

KILLS = ["configuration.instance_relative_config[instance-relative-'instance-folder']"]


def create_app():
    make_config = Flask.make_config
    Flask.make_config = lambda self, instance_relative=False: make_config(self, False)
    return reference_app()
