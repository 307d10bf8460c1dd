"""Mutant: an off-by-one pairs each test of an if/elif chain with the next branch's body."""

from jinja2.parser import Parser

from .. import reference_app

KILLS = ["templates.if_elif_else"]


def create_app():
    parse_if = Parser.parse_if

    def parse_if_shifted(self):
        node = parse_if(self)
        branches = [node, *node.elif_]
        bodies = [branch.body for branch in branches] + [node.else_]
        for branch, body in zip(branches, bodies[1:], strict=True):
            branch.body = body
        node.else_ = bodies[0]
        return node

    Parser.parse_if = parse_if_shifted
    return reference_app()
