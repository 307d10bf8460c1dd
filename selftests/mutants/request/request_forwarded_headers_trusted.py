"""Mutant: without ProxyFix, remote_addr, scheme and host are taken from any X-Forwarded headers sent."""

from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.forwarded_headers_ignored"]


def create_app():
    init = Request.__init__

    def init_trusting(self, environ, *args, **kwargs):
        init(self, environ, *args, **kwargs)
        if "HTTP_X_FORWARDED_FOR" in environ:
            self.remote_addr = environ["HTTP_X_FORWARDED_FOR"].split(",")[0].strip()
        self.scheme = environ.get("HTTP_X_FORWARDED_PROTO", self.scheme)
        if "HTTP_X_FORWARDED_HOST" in environ:
            self.__dict__["host"] = environ["HTTP_X_FORWARDED_HOST"]

    Request.__init__ = init_trusting
    return reference_app()
