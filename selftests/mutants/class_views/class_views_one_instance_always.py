"""Mutant: init_every_request is ignored: one instance of a View serves every request."""

from .. import reference_app
from . import class_attributes, patch_as_view

KILLS = ["class_views.new_instance_per_request"]


def create_app():
    def as_view_shared(original, cls, name, *args, **kwargs):
        with class_attributes(cls, init_every_request=False):
            return original(cls, name, *args, **kwargs)

    patch_as_view(as_view_shared)
    return reference_app()
