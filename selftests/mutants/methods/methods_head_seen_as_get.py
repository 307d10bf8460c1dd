"""Mutant: a view answering a HEAD sees GET as the request method."""

from flask import Request

from .. import reference_app

KILLS = ["methods.head_runs_get_view"]


def create_app():
    init = Request.__init__

    def init_head_as_get(self, *args, **kwargs):
        init(self, *args, **kwargs)
        # Routing and the response still read the environ, so the HEAD stays bodiless.
        if self.method == "HEAD":
            self.method = "GET"

    Request.__init__ = init_head_as_get
    return reference_app()
