"""Mutant: super() in a block renders nothing instead of the parent's block."""

from jinja2.runtime import BlockReference, Context

from .. import reference_app

KILLS = ["templates.super_renders_parent_block"]


def _empty_block(context):
    return iter(())


def create_app():
    # A reference to an empty parent block: super() renders, but to nothing.
    Context.super = lambda self, name, current: BlockReference(name, self, [current, _empty_block], 1)
    return reference_app()
