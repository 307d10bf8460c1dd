"""Mutant: the 405 page says "Method not allowed." instead of Werkzeug's description."""

from werkzeug.exceptions import MethodNotAllowed

from .. import reference_app

KILLS = ["methods.not_allowed_page", "methods.head_not_allowed_page_length"]


def create_app():
    MethodNotAllowed.description = "Method not allowed."
    return reference_app()
