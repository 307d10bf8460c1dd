"""Mutant: loop.index counts from 0, like loop.index0."""

from jinja2.runtime import LoopContext

from .. import reference_app

KILLS = ["templates.loop_index_first_last"]


def create_app():
    LoopContext.index = property(lambda self: self.index0)
    return reference_app()
