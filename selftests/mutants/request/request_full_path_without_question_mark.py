"""Mutant: request.full_path drops the "?" when there is no query string."""

from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.full_path_without_query"]


def _full_path(self):
    query = self.query_string.decode()
    return f"{self.path}?{query}" if query else self.path


def create_app():
    Request.full_path = property(_full_path)
    return reference_app()
