"""Mutant: the else branch of a for tag is dropped, so an empty sequence renders nothing."""

from jinja2.parser import Parser

from .. import reference_app

KILLS = ["templates.for_else[-no items]"]


def create_app():
    parse_for = Parser.parse_for

    def parse_for_without_else(self):
        node = parse_for(self)
        node.else_ = []
        return node

    Parser.parse_for = parse_for_without_else
    return reference_app()
