"""Mutant: the request keeps QUERY_STRING only up to its first "&"."""

from werkzeug.wrappers.request import Request

from .. import reference_app

KILLS = [
    "wsgi_environ.method_and_query_variables",
    "wsgi_environ.request_urls_under_mount",
]


def create_app():
    init = Request.__init__

    def init_cut(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.query_string = self.query_string.partition(b"&")[0]

    Request.__init__ = init_cut
    return reference_app()
