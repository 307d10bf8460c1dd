"""Mutant: from_pyfile ignores silent=True and raises for a missing file."""

from flask import Config

from .. import reference_app

KILLS = ["configuration.from_pyfile_silent"]


def create_app():
    from_pyfile = Config.from_pyfile

    def from_pyfile_never_silent(self, filename, silent=False):
        return from_pyfile(self, filename)

    Config.from_pyfile = from_pyfile_never_silent
    return reference_app()
