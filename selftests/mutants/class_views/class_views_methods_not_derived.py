"""Mutant: MethodView does not derive methods from its handlers, so a MethodView without a methods
attribute is routed for GET only."""

from flask.views import MethodView

from .. import reference_app

KILLS = ["class_views.dispatch_by_method[POST]", "class_views.methods_from_handlers",
         "class_views.options_lists_handlers", "class_views.decorators_wrap_every_method[POST]"]


def create_app():
    # The reference app's classes are defined after this, when create_app imports it.
    def init_subclass_without_methods(cls, **kwargs):
        super(MethodView, cls).__init_subclass__(**kwargs)

    MethodView.__init_subclass__ = classmethod(init_subclass_without_methods)
    return reference_app()
