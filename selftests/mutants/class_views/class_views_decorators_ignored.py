"""Mutant: as_view does not apply the class's decorators."""

from .. import reference_app
from . import class_attributes, patch_as_view

KILLS = ["class_views.decorators_wrap_every_method"]


def create_app():
    def as_view_undecorated(original, cls, name, *args, **kwargs):
        with class_attributes(cls, decorators=[]):
            return original(cls, name, *args, **kwargs)

    patch_as_view(as_view_undecorated)
    return reference_app()
