"""Mutant: a cookie value over MAX_COOKIE_SIZE is dropped instead of sent with a warning."""

from werkzeug.sansio.response import Response

from .. import reference_app

KILLS = ["sessions.oversized_cookie_sent"]


def create_app():
    set_cookie = Response.set_cookie

    def set_small_cookie(self, key, value="", *args, **kwargs):
        if len(value) <= self.max_cookie_size:
            set_cookie(self, key, value, *args, **kwargs)

    Response.set_cookie = set_small_cookie
    return reference_app()
