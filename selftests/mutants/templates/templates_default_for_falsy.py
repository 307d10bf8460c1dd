"""Mutant: the default filter replaces every false value (an empty string too), as if boolean=True."""

from jinja2.defaults import DEFAULT_FILTERS

from .. import reference_app

KILLS = ["templates.builtin_filters[default-falsy-[]]"]


def create_app():
    default = DEFAULT_FILTERS["default"]
    # Every Jinja environment copies DEFAULT_FILTERS when it is made: the app's is made later.
    DEFAULT_FILTERS["default"] = DEFAULT_FILTERS["d"] = (
        lambda value, default_value="", boolean=False: default(value, default_value, True))
    return reference_app()
