"""Mutant: mapping an endpoint to a second view function replaces the first instead of failing."""

from flask.sansio.app import App

from .. import reference_app

KILLS = ["url_building.endpoint_overwrite_fails"]


def create_app():
    add = App.add_url_rule

    def add_replacing(self, rule, endpoint=None, view_func=None, *args, **options):
        name = endpoint if endpoint is not None else getattr(view_func, "__name__", None)
        if view_func is not None and self.view_functions.get(name, view_func) != view_func:
            del self.view_functions[name]
        add(self, rule, endpoint, view_func, *args, **options)

    App.add_url_rule = add_replacing
    return reference_app()
