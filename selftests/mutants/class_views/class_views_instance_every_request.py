"""Mutant: init_every_request = False is ignored (as before Flask 2.2): every request builds an instance."""

from .. import reference_app
from . import class_attributes, patch_as_view

KILLS = ["class_views.one_instance_shared"]


def create_app():
    def as_view_per_request(original, cls, name, *args, **kwargs):
        with class_attributes(cls, init_every_request=True):
            return original(cls, name, *args, **kwargs)

    patch_as_view(as_view_per_request)
    return reference_app()
