"""Mutant: a method that RFC 9110 does not define is answered 501 Not Implemented, before routing."""

from flask import Flask, request
from werkzeug.exceptions import NotImplemented as NotImplementedError501

from .. import reference_app

KILLS = ["methods.extension_method_routed", "methods.unknown_token_not_allowed"]

RFC_9110 = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"}


def create_app():
    dispatch = Flask.dispatch_request

    def dispatch_known_methods(self):
        if request.method not in RFC_9110:
            raise NotImplementedError501()
        return dispatch(self)

    Flask.dispatch_request = dispatch_known_methods
    return reference_app()
