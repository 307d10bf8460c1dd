"""Mutant: url_for appends _anchor to the URL as it is, without quoting it."""

from flask import Flask

from .. import reference_app

KILLS = ["url_building.anchor_quoted"]


def create_app():
    url_for = Flask.url_for

    def url_for_raw_anchor(self, endpoint, *, _anchor=None, **values):
        url = url_for(self, endpoint, **values)
        return url if _anchor is None else f"{url}#{_anchor}"

    Flask.url_for = url_for_raw_anchor
    return reference_app()
