"""Mutant: set_cookie's path defaults to None, so a cookie has no Path (as in Werkzeug 2.3.0..2.3.2)."""

import inspect

from werkzeug.sansio.response import Response

from .. import reference_app

KILLS = ["cookies.default_path_root", "cookies.login_sets_cookie_and_redirects"]


def create_app():
    defaulted = [p.name for p in inspect.signature(Response.set_cookie).parameters.values()
                 if p.default is not inspect.Parameter.empty]
    defaults = list(Response.set_cookie.__defaults__)
    defaults[defaulted.index("path")] = None
    Response.set_cookie.__defaults__ = tuple(defaults)
    return reference_app()
