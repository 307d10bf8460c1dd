"""Mutant: the InternalServerError given to a 500 handler has no original_exception."""

from werkzeug.exceptions import InternalServerError

from .. import override_after_init, reference_app

KILLS = ["errors.server_error_handler_original"]


def create_app():
    override_after_init(InternalServerError, original_exception=None)
    return reference_app()
