"""Mutant: the default filter replaces only None, so an undefined variable stays empty."""

from jinja2.defaults import DEFAULT_FILTERS

from .. import reference_app

KILLS = ["templates.builtin_filters[default-dflt]"]


def create_app():
    def default(value, default_value="", boolean=False):
        return default_value if value is None or (boolean and not value) else value

    # Every Jinja environment copies DEFAULT_FILTERS when it is made: the app's is made later.
    DEFAULT_FILTERS["default"] = DEFAULT_FILTERS["d"] = default
    return reference_app()
