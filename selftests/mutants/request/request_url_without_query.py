"""Mutant: request.url leaves out the query string, as base_url does."""

from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.url_and_base_url", "request.under_a_mount"]


def create_app():
    Request.url = property(lambda self: self.base_url)
    return reference_app()
