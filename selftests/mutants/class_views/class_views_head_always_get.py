"""Mutant: a HEAD to a MethodView always runs get(), even when the class defines head()."""

from flask import current_app, request
from flask.views import MethodView

from .. import reference_app

KILLS = ["class_views.head_handler_used"]


def create_app():
    dispatch = MethodView.dispatch_request

    def dispatch_head_to_get(self, **kwargs):
        if request.method == "HEAD" and hasattr(self, "get"):
            return current_app.ensure_sync(self.get)(**kwargs)
        return dispatch(self, **kwargs)

    MethodView.dispatch_request = dispatch_head_to_get
    return reference_app()
