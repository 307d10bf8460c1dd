"""Mutant: the answer to a HEAD carries the body a GET would get."""

from werkzeug.wrappers.response import ClosingIterator, Response

from .. import reference_app

KILLS = ["methods.head_sends_no_body", "methods.head_not_allowed_no_body"]


def create_app():
    def get_app_iter(self, environ):
        # Werkzeug 3.1's, without the REQUEST_METHOD == "HEAD" case.
        if 100 <= self.status_code < 200 or self.status_code in (204, 304):
            return ClosingIterator((), self.close)
        if self.direct_passthrough:
            return self.response
        return ClosingIterator(self.iter_encoded(), self.close)

    Response.get_app_iter = get_app_iter
    return reference_app()
