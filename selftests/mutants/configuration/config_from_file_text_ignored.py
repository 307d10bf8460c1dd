"""Mutant: from_file ignores text=False and opens every file in text mode, which tomllib.load refuses."""

from flask import Config

from .. import reference_app

KILLS = ["configuration.from_file_toml"]


def create_app():
    from_file = Config.from_file
    Config.from_file = lambda self, filename, load, silent=False, text=True: from_file(self, filename, load, silent)
    return reference_app()
