"""Mutant: app.debug is the DEBUG of the config when the app was made, not the config's current value."""

from flask import Flask

from .. import reference_app

KILLS = ["configuration.debug_set_after_creation"]


def create_app():
    init = Flask.__init__
    setter = Flask.debug.fset

    def init_recording_debug(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self._debug_at_creation = self.config["DEBUG"]

    Flask.__init__ = init_recording_debug
    Flask.debug = property(lambda self: getattr(self, "_debug_at_creation", self.config["DEBUG"]), setter)
    return reference_app()
