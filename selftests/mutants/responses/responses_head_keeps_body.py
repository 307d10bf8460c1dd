"""Mutant: the answer to a HEAD request carries the body of the GET answer."""

from werkzeug.wrappers import Response
from werkzeug.wsgi import ClosingIterator

from .. import reference_app

KILLS = ["responses.redirect_head"]


def create_app():
    get_app_iter = Response.get_app_iter

    def app_iter_with_body(self, environ):
        if environ["REQUEST_METHOD"] == "HEAD":
            return ClosingIterator(self.iter_encoded(), self.close)
        return get_app_iter(self, environ)

    Response.get_app_iter = app_iter_with_body
    return reference_app()
