"""Mutant: outside a request url_for builds a path by default, as it does inside one."""

from flask import Flask, has_request_context

from .. import reference_app

KILLS = ["url_building.outside_request_absolute", "url_building.outside_request_root_and_scheme"]


def create_app():
    url_for = Flask.url_for

    def url_for_relative(self, endpoint, *, _external=None, **values):
        if _external is None and not has_request_context():
            _external = False
        return url_for(self, endpoint, _external=_external, **values)

    Flask.url_for = url_for_relative
    return reference_app()
