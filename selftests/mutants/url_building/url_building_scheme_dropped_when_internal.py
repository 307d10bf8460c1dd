"""Mutant: url_for drops _scheme when _external=False instead of refusing the pair."""

from flask import Flask

from .. import reference_app

KILLS = ["url_building.scheme_refused_when_internal"]


def create_app():
    url_for = Flask.url_for

    def url_for_dropping_scheme(self, endpoint, *, _scheme=None, _external=None, **values):
        if _external is False:
            _scheme = None
        return url_for(self, endpoint, _scheme=_scheme, _external=_external, **values)

    Flask.url_for = url_for_dropping_scheme
    return reference_app()
