"""Mutant: a method a MethodView lists but has no handler for is answered 405 instead of failing."""

from flask import request
from flask.views import MethodView
from werkzeug.exceptions import MethodNotAllowed

from .. import reference_app

KILLS = ["class_views.listed_method_without_handler"]


def create_app():
    dispatch = MethodView.dispatch_request

    def dispatch_or_405(self, **kwargs):
        handler = request.method.lower()
        if not hasattr(self, handler) and not (handler == "head" and hasattr(self, "get")):
            raise MethodNotAllowed()
        return dispatch(self, **kwargs)

    MethodView.dispatch_request = dispatch_or_405
    return reference_app()
