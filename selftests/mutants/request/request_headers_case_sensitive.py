"""Mutant: request.headers is a plain dict of Title-Case names: another case finds nothing."""

from werkzeug.datastructures import EnvironHeaders

from .. import reference_app

KILLS = ["request.headers_any_case"]


def _get_key(self, key):
    names = {name: value for name, value in self}
    return names[key]


def create_app():
    EnvironHeaders._get_key = _get_key
    return reference_app()
