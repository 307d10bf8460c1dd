"""Mutant: from_envvar of a variable that is not set returns False instead of raising RuntimeError."""

import os

from flask import Config

from .. import reference_app

KILLS = ["configuration.from_envvar_unset"]


def create_app():
    from_envvar = Config.from_envvar

    def from_envvar_silent_when_unset(self, variable_name, silent=False):
        if not os.environ.get(variable_name):
            return False
        return from_envvar(self, variable_name, silent)

    Config.from_envvar = from_envvar_silent_when_unset
    return reference_app()
