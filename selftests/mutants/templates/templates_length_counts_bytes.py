"""Mutant: the length filter counts the UTF-8 bytes of a string, not its characters."""

from jinja2.defaults import DEFAULT_FILTERS

from .. import reference_app

KILLS = ["templates.builtin_filters[length-3 4]"]


def create_app():
    def length(value):
        return len(value.encode("utf-8")) if isinstance(value, str) else len(value)

    # Every Jinja environment copies DEFAULT_FILTERS when it is made: the app's is made later.
    DEFAULT_FILTERS["length"] = DEFAULT_FILTERS["count"] = length
    return reference_app()
