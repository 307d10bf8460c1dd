"""Mutant: as_view names the view function after the class, not after the name it is given."""

from .. import reference_app
from . import patch_as_view

KILLS = ["class_views.endpoint_named_by_as_view"]


def create_app():
    def as_view_named_by_class(original, cls, name, *args, **kwargs):
        return original(cls, cls.__name__, *args, **kwargs)

    patch_as_view(as_view_named_by_class)
    return reference_app()
