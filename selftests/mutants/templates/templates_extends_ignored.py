"""Mutant: the extends tag is ignored, so a child template renders its blocks alone, without its parent."""

from jinja2 import nodes
from jinja2.parser import Parser

from .. import reference_app

KILLS = ["templates.child_replaces_blocks", "templates.super_renders_parent_block"]


def create_app():
    def parse_extends_nothing(self):
        next(self.stream)
        self.parse_expression()
        return nodes.Output([])

    Parser.parse_extends = parse_extends_nothing
    return reference_app()
