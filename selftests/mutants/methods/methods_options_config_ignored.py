"""Mutant: PROVIDE_AUTOMATIC_OPTIONS=False is ignored (as before Flask 3.1.0)."""

from flask import Flask

from .. import reference_app

KILLS = ["methods.app_without_automatic_options"]


def create_app():
    add = Flask.add_url_rule

    def add_with_automatic_options(self, *args, **kwargs):
        saved = self.config.get("PROVIDE_AUTOMATIC_OPTIONS", True)
        self.config["PROVIDE_AUTOMATIC_OPTIONS"] = True
        try:
            add(self, *args, **kwargs)
        finally:
            self.config["PROVIDE_AUTOMATIC_OPTIONS"] = saved

    Flask.add_url_rule = add_with_automatic_options
    return reference_app()
