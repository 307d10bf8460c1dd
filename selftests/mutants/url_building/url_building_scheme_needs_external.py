"""Mutant: inside a request _scheme does not imply _external, so url_for with only _scheme fails."""

from flask import Flask, has_request_context

from .. import reference_app

KILLS = ["url_building.scheme_implies_external"]


def create_app():
    url_for = Flask.url_for

    def url_for_internal_by_default(self, endpoint, *, _external=None, **values):
        if has_request_context() and _external is None:
            _external = False
        return url_for(self, endpoint, _external=_external, **values)

    Flask.url_for = url_for_internal_by_default
    return reference_app()
