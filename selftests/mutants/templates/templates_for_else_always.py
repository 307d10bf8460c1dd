"""Mutant: the else branch of a for tag renders after the loop whatever the sequence held."""

from jinja2.parser import Parser

from .. import reference_app

KILLS = ["templates.for_else[?item=a&item=b-a, b]"]


def create_app():
    parse_for = Parser.parse_for

    def parse_for_else_after(self):
        node = parse_for(self)
        after, node.else_ = node.else_, []
        # The parser takes a list of nodes from a statement, in order.
        return [node, *after]

    Parser.parse_for = parse_for_else_after
    return reference_app()
