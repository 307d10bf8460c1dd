"""Mutant: the function as_view makes calls dispatch_request but drops what it returns."""

import functools

from .. import reference_app
from . import patch_as_view

KILLS = ["class_views.dispatch_request_serves_methods", "class_views.dispatch_by_method"]


def create_app():
    def as_view_dropping_the_answer(original, cls, name, *args, **kwargs):
        view = original(cls, name, *args, **kwargs)

        @functools.wraps(view)
        def forgetful(**values):
            view(**values)

        return forgetful

    patch_as_view(as_view_dropping_the_answer)
    return reference_app()
