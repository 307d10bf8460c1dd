"""Mutant: FLASK_DEBUG in the environment is ignored when an app is made."""

import flask.helpers

from .. import reference_app, replace_code

KILLS = ["configuration.debug_from_environment"]


def _never():
    return False


def create_app():
    replace_code(flask.helpers.get_debug_flag, _never)
    return reference_app()
