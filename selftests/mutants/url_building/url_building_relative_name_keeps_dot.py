"""Mutant: outside any blueprint a relative ".name" is looked up with its dot, so it never builds."""

from flask import Flask, has_request_context, request
from flask.globals import request_ctx

from .. import reference_app

KILLS = ["url_building.relative_name_outside_blueprint"]


def create_app():
    url_for = Flask.url_for

    def url_for_keeping_dot(self, endpoint, **values):
        if endpoint[:1] == "." and has_request_context() and request.blueprint is None:
            return request_ctx.url_adapter.build(endpoint, values)  # raises BuildError: no such endpoint
        return url_for(self, endpoint, **values)

    Flask.url_for = url_for_keeping_dot
    return reference_app()
