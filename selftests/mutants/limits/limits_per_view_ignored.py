"""Mutant: request.max_content_length set in a view is dropped: only MAX_CONTENT_LENGTH counts."""

from flask import Request

from .. import reference_app

KILLS = ["limits.per_view_max_content_length[11-413]"]


def create_app():
    configured = Request.max_content_length
    Request.max_content_length = property(configured.fget, lambda self, value: None)
    return reference_app()
