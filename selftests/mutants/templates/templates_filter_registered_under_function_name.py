"""Mutant: a template filter is registered under its function's name, ignoring the name given."""

from flask import Flask

from .. import reference_app

KILLS = ["templates.app_template_filter"]


def create_app():
    def add_template_filter(self, f, name=None):
        self.jinja_env.filters[f.__name__] = f

    Flask.add_template_filter = add_template_filter
    return reference_app()
