"""Mutant: the int converter matches ASCII digits only ([0-9]+ instead of \\d+)."""

from werkzeug.routing import IntegerConverter

from .. import reference_app

KILLS = ["routing.int_unicode_digits"]


def create_app():
    IntegerConverter.regex = "[0-9]+"
    return reference_app()
