"""Mutant: a relative ".name" resolves in the outermost blueprint of the request, not in its own."""

from flask import Flask, has_request_context, request

from .. import reference_app

KILLS = ["url_building.relative_name_in_blueprint"]


def create_app():
    url_for = Flask.url_for

    def url_for_in_top_blueprint(self, endpoint, **values):
        if endpoint[:1] == "." and has_request_context() and request.blueprints:
            endpoint = request.blueprints[-1] + endpoint
        return url_for(self, endpoint, **values)

    Flask.url_for = url_for_in_top_blueprint
    return reference_app()
