"""Mutant: request.is_json is true for application/json only, not for application/*+json."""

from werkzeug.sansio.request import Request

from .. import reference_app

KILLS = ["request.is_json_types[application/vnd.api+json]"]


def create_app():
    Request.is_json = property(lambda self: self.mimetype == "application/json")
    return reference_app()
