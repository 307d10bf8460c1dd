"""Mutant: no automatic OPTIONS answer: the OPTIONS a rule allows goes to its view."""

from flask import Flask

from .. import reference_app

KILLS = ["methods.options_lists_path_methods", "methods.options_answer_is_empty"]


class _NeverAutomatic:
    """A descriptor that reads False whatever Flask sets on the rule."""

    def __get__(self, rule, owner=None):
        return False

    def __set__(self, rule, value):
        pass


def create_app():
    class Rule(Flask.url_rule_class):
        provide_automatic_options = _NeverAutomatic()

    Flask.url_rule_class = Rule
    return reference_app()
