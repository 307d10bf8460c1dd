"""Mutant: from_envvar reads a copy of the environment taken at start-up, so a variable set later is unseen."""

import os

from flask import Config

from .. import reference_app

KILLS = ["configuration.from_envvar_file"]


def create_app():
    start_up = dict(os.environ)

    def from_envvar(self, variable_name, silent=False):
        rv = start_up.get(variable_name)
        if not rv:
            if silent:
                return False
            raise RuntimeError(f"The environment variable {variable_name!r} is not set")
        return self.from_pyfile(rv, silent=silent)

    Config.from_envvar = from_envvar
    return reference_app()
