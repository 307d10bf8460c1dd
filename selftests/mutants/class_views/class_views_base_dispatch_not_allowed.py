"""Mutant: a View that does not override dispatch_request answers 405 instead of failing."""

from flask.views import View
from werkzeug.exceptions import MethodNotAllowed

from .. import reference_app

KILLS = ["class_views.view_without_dispatch_request"]


def create_app():
    def dispatch_request(self, **kwargs):
        raise MethodNotAllowed()

    View.dispatch_request = dispatch_request
    return reference_app()
