"""Mutant: a 405 answer has no Allow header."""

from werkzeug.exceptions import HTTPException, MethodNotAllowed

from .. import reference_app

KILLS = [
    "methods.not_allowed_lists_allow",
    "methods.not_allowed_unites_rules",
    "methods.head_not_allowed_no_body",
    "methods.rule_without_automatic_options",
    "methods.app_without_automatic_options",
    "methods.unknown_token_not_allowed",
]


def create_app():
    MethodNotAllowed.get_headers = HTTPException.get_headers
    return reference_app()
