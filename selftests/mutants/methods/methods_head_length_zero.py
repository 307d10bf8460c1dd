"""Mutant: the answer to a HEAD says Content-Length: 0, the length of what it sends."""

from werkzeug.wrappers.response import Response

from .. import reference_app

KILLS = ["methods.head_announces_get_length[HEAD]", "methods.head_not_allowed_page_length"]


def create_app():
    get_wsgi_headers = Response.get_wsgi_headers

    def headers_of_the_empty_body(self, environ):
        headers = get_wsgi_headers(self, environ)
        if environ["REQUEST_METHOD"] == "HEAD" and "Content-Length" in headers:
            headers["Content-Length"] = "0"
        return headers

    Response.get_wsgi_headers = headers_of_the_empty_body
    return reference_app()
