"""Mutant: a view's text answer is served as text/plain, Werkzeug's default, not text/html."""

from flask import Response

from .. import reference_app

KILLS = ["routing.get_by_default"]


def create_app():
    Response.default_mimetype = "text/plain"
    return reference_app()
