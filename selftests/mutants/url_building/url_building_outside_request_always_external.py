"""Mutant: outside a request url_for takes _external=False for "not given" and builds an absolute URL."""

from flask import Flask, has_request_context

from .. import reference_app

KILLS = ["url_building.outside_request_internal_on_request"]


def create_app():
    url_for = Flask.url_for

    def url_for_always_external(self, endpoint, *, _external=None, **values):
        if not _external and not has_request_context():
            _external = None
        return url_for(self, endpoint, _external=_external, **values)

    Flask.url_for = url_for_always_external
    return reference_app()
