"""Mutant: outside a request URLs are built at the root of SERVER_NAME, ignoring APPLICATION_ROOT."""

from flask import Flask

from .. import reference_app

KILLS = ["url_building.outside_request_root_and_scheme"]


def create_app():
    create = Flask.create_url_adapter

    def adapter_at_root(self, request):
        if request is None and self.config["SERVER_NAME"] is not None:
            return self.url_map.bind(self.config["SERVER_NAME"], script_name="/",
                                     url_scheme=self.config["PREFERRED_URL_SCHEME"])
        return create(self, request)

    Flask.create_url_adapter = adapter_at_root
    return reference_app()
