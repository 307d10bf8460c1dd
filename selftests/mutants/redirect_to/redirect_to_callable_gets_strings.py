"""Mutant: a redirect_to function gets the values as strings from the URL, not converted."""

from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = ["redirect_to.callable_gets_converted_values"]


def _with_strings(target):
    def call(adapter, **values):
        return target(adapter, **{name: str(value) for name, value in values.items()})

    return call


def create_app():
    init = Rule.__init__

    def init_with_strings(self, *args, redirect_to=None, **kwargs):
        if callable(redirect_to):
            redirect_to = _with_strings(redirect_to)
        init(self, *args, redirect_to=redirect_to, **kwargs)

    Rule.__init__ = init_with_strings
    return reference_app()
