"""Mutant: the join filter ignores the separator it is given and joins with nothing."""

from jinja2 import pass_eval_context
from jinja2.defaults import DEFAULT_FILTERS

from .. import reference_app

KILLS = ["templates.builtin_filters[join-a,b,c]"]


def create_app():
    join = DEFAULT_FILTERS["join"]
    # Every Jinja environment copies DEFAULT_FILTERS when it is made: the app's is made later.
    DEFAULT_FILTERS["join"] = pass_eval_context(
        lambda eval_ctx, value, d="", attribute=None: join(eval_ctx, value, "", attribute))
    return reference_app()
