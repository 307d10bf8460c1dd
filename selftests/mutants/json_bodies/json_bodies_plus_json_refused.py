"""Mutant: only application/json counts as JSON: an application/*+json type is refused."""

from werkzeug.sansio.request import Request

from .. import reference_app

KILLS = ["json_bodies.parsed_by_content_type[application/vnd.api+json]"]


def create_app():
    Request.is_json = property(lambda self: self.mimetype == "application/json")
    return reference_app()
