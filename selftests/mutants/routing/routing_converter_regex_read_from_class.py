"""Mutant: a converter's regex is read from its class, so one that a converter sets on itself
(a custom converter given its regex in the rule) is replaced by the class's catch-all."""

from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = ["routing.custom_regex_gates"]


def create_app():
    get_converter = Rule.get_converter

    def class_regex(self, *args, **kwargs):
        converter = get_converter(self, *args, **kwargs)
        converter.regex = type(converter).regex
        return converter

    Rule.get_converter = class_regex
    return reference_app()
