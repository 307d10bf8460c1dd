"""Mutant: a rule with defaults is taken whatever the values, as if they always equalled its defaults."""

from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = ["defaults.other_values_answer", "defaults.url_for_prefers_defaults_rule"]


def _suitable_whatever_the_values(self, values, method=None):
    if method is not None and self.methods is not None and method not in self.methods:
        return False
    defaults = self.defaults or ()
    return all(key in defaults or key in values for key in self.arguments)


def create_app():
    Rule.suitable_for = _suitable_whatever_the_values
    return reference_app()
