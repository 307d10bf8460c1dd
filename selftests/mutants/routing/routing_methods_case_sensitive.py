"""Mutant: method names in methods= are kept as written, so ["post"] never matches a POST."""

from flask import Flask

from .. import reference_app

KILLS = ["routing.method_names_any_case"]


def create_app():
    add = Flask.add_url_rule

    def as_written(self, rule, endpoint=None, view_func=None, provide_automatic_options=None, **options):
        given = options.get("methods")
        add(self, rule, endpoint, view_func, provide_automatic_options, **options)
        if given is not None:
            added = self.url_map._rules[-1]
            added.methods = set(given) | (added.methods - {m.upper() for m in given})

    Flask.add_url_rule = as_written
    return reference_app()
