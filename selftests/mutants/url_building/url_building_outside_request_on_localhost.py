"""Mutant: outside a request, an app without SERVER_NAME builds URLs on localhost instead of failing."""

from flask import Flask

from .. import reference_app

KILLS = ["url_building.outside_request_needs_server_name"]


def create_app():
    create = Flask.create_url_adapter

    def adapter_on_localhost(self, request):
        if request is None and self.config["SERVER_NAME"] is None:
            return self.url_map.bind("localhost", script_name=self.config["APPLICATION_ROOT"],
                                     url_scheme=self.config["PREFERRED_URL_SCHEME"])
        return create(self, request)

    Flask.create_url_adapter = adapter_on_localhost
    return reference_app()
