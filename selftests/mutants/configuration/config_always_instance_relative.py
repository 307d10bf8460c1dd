"""Mutant: config files are always relative to the instance folder, as if instance_relative_config were on."""

from flask import Flask

from .. import reference_app

KILLS = ["configuration.instance_relative_config[root-relative-'root-folder']"]


def create_app():
    make_config = Flask.make_config
    Flask.make_config = lambda self, instance_relative=False: make_config(self, True)
    return reference_app()
