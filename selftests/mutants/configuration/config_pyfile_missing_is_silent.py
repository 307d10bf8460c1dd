"""Mutant: from_pyfile of a missing file returns False as if silent=True were given."""

from flask import Config

from .. import reference_app

KILLS = ["configuration.from_pyfile_missing_file"]


def create_app():
    from_pyfile = Config.from_pyfile

    def from_pyfile_always_silent(self, filename, silent=False):
        return from_pyfile(self, filename, silent=True)

    Config.from_pyfile = from_pyfile_always_silent
    return reference_app()
