"""Mutant: with SERVER_NAME set, external URLs built in a request name the request's Host instead."""

from flask import Flask

from .. import reference_app

KILLS = ["url_building.external_uses_server_name"]


def create_app():
    create = Flask.create_url_adapter

    def adapter_on_request_host(self, request):
        if request is None or self.config["SERVER_NAME"] is None:
            return create(self, request)
        return self.url_map.bind_to_environ(request.environ, subdomain=self.url_map.default_subdomain or "")

    Flask.create_url_adapter = adapter_on_request_host
    return reference_app()
