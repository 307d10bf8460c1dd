"""Mutant: OPTIONS is answered automatically even when the rule lists it for its view."""

from flask import Flask

from .. import reference_app

KILLS = ["methods.view_answers_listed_options"]


def create_app():
    add = Flask.add_url_rule

    def add_forcing_automatic_options(self, rule, endpoint=None, view_func=None,
                                      provide_automatic_options=None, **options):
        methods = options.get("methods") or getattr(view_func, "methods", None) or ()
        if provide_automatic_options is None and "OPTIONS" in {m.upper() for m in methods}:
            provide_automatic_options = True
        add(self, rule, endpoint, view_func, provide_automatic_options=provide_automatic_options, **options)

    Flask.add_url_rule = add_forcing_automatic_options
    return reference_app()
