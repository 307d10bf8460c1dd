"""Mutant: request.remote_addr is REMOTE_HOST (None where the server does not resolve names)."""

from werkzeug.wrappers.request import Request

from .. import reference_app

KILLS = ["wsgi_environ.remote_addr_variable"]


def create_app():
    init = Request.__init__

    def init_remote_host(self, environ, *args, **kwargs):
        init(self, environ, *args, **kwargs)
        self.remote_addr = environ.get("REMOTE_HOST")

    Request.__init__ = init_remote_host
    return reference_app()
