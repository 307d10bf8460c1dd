"""Mutant: the defaults of a rule are not passed to its view, only the values from the URL."""

from werkzeug.routing.matcher import StateMachineMatcher

from .. import reference_app

KILLS = ["defaults.passed_to_view"]


def create_app():
    match = StateMachineMatcher.match

    def match_without_defaults(self, *args, **kwargs):
        rule, values = match(self, *args, **kwargs)
        return rule, {name: value for name, value in values.items() if name in rule._converters}

    StateMachineMatcher.match = match_without_defaults
    return reference_app()
