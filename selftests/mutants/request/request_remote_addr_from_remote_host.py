"""Mutant: request.remote_addr reads REMOTE_HOST, which servers rarely set, instead of REMOTE_ADDR."""

from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.remote_addr", "request.forwarded_headers_ignored"]


def create_app():
    init = Request.__init__

    def init_from_remote_host(self, environ, *args, **kwargs):
        init(self, environ, *args, **kwargs)
        self.remote_addr = environ.get("REMOTE_HOST")

    Request.__init__ = init_from_remote_host
    return reference_app()
