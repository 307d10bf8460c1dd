"""Mutant: cookie names keep the space after ";", so "a=1; b=2" gives the cookies "a" and " b"."""

import werkzeug.sansio.request
from werkzeug.datastructures import MultiDict

from .. import reference_app

KILLS = ["request.cookies_parsed[a=1; b=2]"]


def _parse_cookie(cookie=None, cls=None):
    pairs = [part.split("=", 1) for part in (cookie or "").split(";") if "=" in part]
    return (cls or MultiDict)(pairs)


def create_app():
    werkzeug.sansio.request.parse_cookie = _parse_cookie
    return reference_app()
