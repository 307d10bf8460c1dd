"""Mutant: request.full_path is the path alone, without the query string or its "?"."""

from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.method_and_paths", "request.full_path_without_query", "request.full_path_raw_query"]


def create_app():
    Request.full_path = property(lambda self: self.path)
    return reference_app()
