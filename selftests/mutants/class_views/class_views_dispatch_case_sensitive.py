"""Mutant: MethodView looks its handler up by the method name as sent (GET), not lower-cased (get)."""

from flask import current_app, request
from flask.views import MethodView

from .. import reference_app

KILLS = ["class_views.dispatch_by_method", "class_views.decorators_wrap_every_method[GET]",
         "class_views.decorators_wrap_every_method[POST]"]


def create_app():
    def dispatch_request(self, **kwargs):
        # Flask 3.1's, without .lower().
        meth = getattr(self, request.method, None)
        if meth is None and request.method == "HEAD":
            meth = getattr(self, "get", None)
        assert meth is not None, f"Unimplemented method {request.method!r}"
        return current_app.ensure_sync(meth)(**kwargs)

    MethodView.dispatch_request = dispatch_request
    return reference_app()
