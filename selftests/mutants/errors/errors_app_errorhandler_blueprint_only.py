"""Mutant: a blueprint's app_errorhandler handles errors of the blueprint's own views only."""

from flask import Blueprint

from .. import reference_app

KILLS = ["errors.app_errorhandler_from_blueprint"]


def create_app():
    Blueprint.app_errorhandler = lambda self, code: self.errorhandler(code)
    return reference_app()
