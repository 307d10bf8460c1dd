"""Mutant: a response to HEAD carries the GET body, which a server that passes the app's answer on sends."""

from werkzeug.wrappers import Response

from .. import reference_app

KILLS = ["real_servers.head_sends_no_body_bytes"]
#: Each of the three servers sends the body the app gives to HEAD.
SERVER = "waitress"


def create_app():
    get_app_iter = Response.get_app_iter

    def app_iter_with_head_body(self, environ):
        if environ.get("REQUEST_METHOD") == "HEAD":
            environ = dict(environ, REQUEST_METHOD="GET")
        return get_app_iter(self, environ)

    Response.get_app_iter = app_iter_with_head_body
    return reference_app()
