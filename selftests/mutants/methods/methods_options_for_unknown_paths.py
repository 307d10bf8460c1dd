"""Mutant: OPTIONS on a path that no rule matches is answered 200 instead of 404."""

from flask import Flask, request
from werkzeug.exceptions import NotFound

from .. import reference_app

KILLS = ["methods.options_unknown_path_404"]


def create_app():
    dispatch = Flask.dispatch_request

    def options_everywhere(self):
        if request.method == "OPTIONS" and isinstance(request.routing_exception, NotFound):
            return self.response_class()
        return dispatch(self)

    Flask.dispatch_request = options_everywhere
    return reference_app()
