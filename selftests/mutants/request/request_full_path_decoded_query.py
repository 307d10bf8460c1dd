"""Mutant: request.full_path percent-decodes the query string as it does the path."""

from urllib.parse import unquote

from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.full_path_raw_query"]


def create_app():
    Request.full_path = property(lambda self: f"{self.path}?{unquote(self.query_string.decode())}")
    return reference_app()
