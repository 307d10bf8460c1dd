"""Mutant: provide_automatic_options=False, on a rule or on its view function, is ignored."""

from flask import Flask

from .. import reference_app

KILLS = ["methods.rule_without_automatic_options"]


def create_app():
    add = Flask.add_url_rule

    def add_ignoring_the_option(self, rule, endpoint=None, view_func=None,
                                provide_automatic_options=None, **options):
        if getattr(view_func, "provide_automatic_options", None) is False:
            view_func.provide_automatic_options = None
        add(self, rule, endpoint, view_func, **options)

    Flask.add_url_rule = add_ignoring_the_option
    return reference_app()
