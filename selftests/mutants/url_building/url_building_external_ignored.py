"""Mutant: inside a request url_for ignores _external=True and builds a path."""

from flask import Flask, has_request_context

from .. import reference_app

KILLS = [
    "url_building.external_uses_request_host",
    "url_building.external_follows_host_header",
    "url_building.mounted_external_has_prefix",
    "url_building.external_uses_server_name",
]


def create_app():
    url_for = Flask.url_for

    def url_for_paths_only(self, endpoint, *, _external=None, **values):
        if has_request_context() and _external:
            _external = None
        return url_for(self, endpoint, _external=_external, **values)

    Flask.url_for = url_for_paths_only
    return reference_app()
