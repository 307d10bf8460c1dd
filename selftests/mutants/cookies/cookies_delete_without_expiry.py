"""Mutant: delete_cookie only empties the cookie: no Expires in the past, no Max-Age=0, so the browser keeps it."""

from werkzeug.sansio.response import Response

from .. import reference_app

KILLS = [
    "cookies.delete_expires_now",
    "cookies.delete_keeps_path_and_domain",
    "cookies.delete_keeps_flags",
    "cookies.logout_deletes_cookie",
    "cookies.logout_then_guest",
]


def _emptied(self, key, **attributes):
    self.set_cookie(key, "", **attributes)


def create_app():
    Response.delete_cookie = _emptied
    return reference_app()
