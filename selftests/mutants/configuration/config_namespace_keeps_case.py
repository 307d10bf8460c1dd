"""Mutant: get_namespace keeps the keys' case, ignoring lowercase=True."""

from flask import Config

from .. import reference_app

KILLS = ["configuration.get_namespace"]


def create_app():
    get_namespace = Config.get_namespace
    Config.get_namespace = lambda self, namespace, lowercase=True, trim_namespace=True: get_namespace(
        self, namespace, False, trim_namespace)
    return reference_app()
