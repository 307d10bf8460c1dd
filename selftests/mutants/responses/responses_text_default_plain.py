"""Mutant: a response with no type of its own is labelled text/plain instead of text/html."""

from flask import Response

from .. import reference_app

KILLS = ["responses.text_and_bytes_defaults", "responses.response_object_default", "responses.make_response_empty"]


def create_app():
    Response.default_mimetype = "text/plain"
    return reference_app()
