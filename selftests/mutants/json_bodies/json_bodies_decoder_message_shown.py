"""Mutant: the 400 for malformed JSON shows the decoder's message even with DEBUG off."""

from flask import Request
from werkzeug.wrappers.request import Request as WerkzeugRequest

from .. import reference_app

KILLS = ["json_bodies.malformed_page_generic"]


def create_app():
    # Werkzeug's own answer ("Failed to decode JSON object: ..."), without Flask's generic one.
    Request.on_json_loading_failed = WerkzeugRequest.on_json_loading_failed
    return reference_app()
