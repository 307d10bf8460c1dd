"""Mutant: routing's 404 and 405 skip the error handlers and answer the default pages."""

from flask import Flask, request

from .. import reference_app

KILLS = [
    "errors.code_handler_for_routing_404",
    "errors.blueprint_handler_skips_routing_404",
    "errors.blueprint_handler_skips_routing_405",
    "errors.exception_handler_gets_http_errors",
    "errors.http_exception_handler[GET-/nope-404-NotFound]",
    "errors.http_exception_handler[POST-/only-get-405-MethodNotAllowed]",
]


def create_app():
    handle_http_exception = Flask.handle_http_exception

    def handle_unless_routing(self, e):
        if e is request.routing_exception:
            return e
        return handle_http_exception(self, e)

    Flask.handle_http_exception = handle_unless_routing
    return reference_app()
