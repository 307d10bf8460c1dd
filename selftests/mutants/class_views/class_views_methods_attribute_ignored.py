"""Mutant: the methods attribute of a view class is ignored: a MethodView is routed for its
handlers, a View for GET only."""

from flask.views import MethodView, http_method_funcs

from .. import reference_app
from . import patch_as_view

KILLS = [
    "class_views.methods_attribute_restricts",
    "class_views.listed_method_without_handler",
    "class_views.unlisted_method_of_listed_view",
    "class_views.dispatch_request_serves_methods[POST]",
    "class_views.plain_view_refuses_other_methods",
]


def create_app():
    def as_view_ignoring_methods(original, cls, name, *args, **kwargs):
        view = original(cls, name, *args, **kwargs)
        if issubclass(cls, MethodView):
            view.methods = {m.upper() for m in http_method_funcs if hasattr(cls, m)}
        else:
            view.methods = None
        return view

    patch_as_view(as_view_ignoring_methods)
    return reference_app()
