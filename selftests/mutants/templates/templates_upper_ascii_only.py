"""Mutant: the upper filter upper-cases ASCII letters only, leaving accented letters as they are."""

from jinja2.defaults import DEFAULT_FILTERS

from .. import reference_app

KILLS = ["templates.builtin_filters[upper-\\xc9LAN]"]


def create_app():
    # Every Jinja environment copies DEFAULT_FILTERS when it is made: the app's is made later.
    DEFAULT_FILTERS["upper"] = lambda s: "".join(c.upper() if c.isascii() else c for c in str(s))
    return reference_app()
