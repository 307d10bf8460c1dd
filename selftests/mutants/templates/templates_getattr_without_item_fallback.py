"""Mutant: a dot in a template reads only attributes, so it no longer reaches a dict's keys."""

from jinja2 import Environment

from .. import reference_app

KILLS = ["templates.item_and_attribute_access"]


def create_app():
    def getattr_only(self, obj, attribute):
        try:
            return getattr(obj, attribute)
        except AttributeError:
            return self.undefined(obj=obj, name=attribute)

    Environment.getattr = getattr_only
    return reference_app()
