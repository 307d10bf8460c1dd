"""Mutant: a MethodView handler gets only the URL values its signature names, so a handler
without the value of a rule still runs on that rule."""

import inspect

from flask import current_app, request
from flask.views import MethodView

from .. import reference_app

KILLS = ["class_views.methods_apply_to_every_rule"]


def create_app():
    dispatch = MethodView.dispatch_request

    def dispatch_with_accepted_values(self, **kwargs):
        handler = getattr(self, request.method.lower(), None)
        if handler is None:
            return dispatch(self, **kwargs)
        accepted = inspect.signature(handler).parameters
        return current_app.ensure_sync(handler)(**{k: v for k, v in kwargs.items() if k in accepted})

    MethodView.dispatch_request = dispatch_with_accepted_values
    return reference_app()
