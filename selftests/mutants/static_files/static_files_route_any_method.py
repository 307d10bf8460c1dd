"""Mutant: the static route accepts every method, so a POST is served instead of refused."""

from flask import Flask

from .. import reference_app

KILLS = ["static_files.post_not_allowed"]


def create_app():
    add_url_rule = Flask.add_url_rule

    def static_for_any_method(self, rule, endpoint=None, view_func=None, **options):
        if endpoint == "static":
            options["methods"] = ["GET", "POST", "PUT", "DELETE"]
        return add_url_rule(self, rule, endpoint, view_func, **options)

    Flask.add_url_rule = static_for_any_method
    return reference_app()
