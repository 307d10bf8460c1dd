"""Mutant: the safe filter returns plain text, so autoescape still escapes the value."""

from jinja2.defaults import DEFAULT_FILTERS

from .. import reference_app

KILLS = ["templates.safe_filter"]


def create_app():
    # Every Jinja environment copies DEFAULT_FILTERS when it is made: the app's is made later.
    DEFAULT_FILTERS["safe"] = str
    return reference_app()
