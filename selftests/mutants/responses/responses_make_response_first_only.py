"""Mutant: make_response uses only its first argument, dropping the status and headers after it."""

import flask.helpers
from flask import current_app  # the same proxy flask.helpers' globals give the swapped code

from .. import reference_app, replace_code

KILLS = ["responses.make_response_status_headers"]


def _first_argument_only(*args):
    if not args:
        return current_app.response_class()
    return current_app.make_response(args[0])


def create_app():
    replace_code(flask.helpers.make_response, _first_argument_only)
    return reference_app()
