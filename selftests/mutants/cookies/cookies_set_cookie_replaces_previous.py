"""Mutant: set_cookie replaces the response's Set-Cookie header, so only the last cookie set is sent."""

from werkzeug.sansio.response import Response

from .. import reference_app

KILLS = ["cookies.two_cookies_two_headers"]


def create_app():
    set_cookie = Response.set_cookie

    def set_only_cookie(self, key, *args, **kwargs):
        self.headers.remove("Set-Cookie")
        set_cookie(self, key, *args, **kwargs)

    Response.set_cookie = set_only_cookie
    return reference_app()
