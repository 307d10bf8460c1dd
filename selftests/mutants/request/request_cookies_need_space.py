"""Mutant: the Cookie header is split on "; " only, so "a=1;b=2" is one cookie a with the value "1;b=2"."""

import werkzeug.sansio.request
from werkzeug.datastructures import MultiDict

from .. import reference_app

KILLS = ["request.cookies_parsed[a=1;b=2]"]


def _parse_cookie(cookie=None, cls=None):
    pairs = [part.split("=", 1) for part in (cookie or "").split("; ") if "=" in part]
    return (cls or MultiDict)([(name.strip(), value.strip()) for name, value in pairs])


def create_app():
    werkzeug.sansio.request.parse_cookie = _parse_cookie
    return reference_app()
