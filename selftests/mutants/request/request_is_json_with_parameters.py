"""Mutant: request.is_json compares the whole Content-Type, parameters included."""

from werkzeug.sansio.request import Request

from .. import reference_app

KILLS = ["request.is_json_types[application/json; charset=utf-8]"]


def _is_json(self):
    content_type = (self.content_type or "").lower()
    return content_type == "application/json" or (
        content_type.startswith("application/") and content_type.endswith("+json"))


def create_app():
    Request.is_json = property(_is_json)
    return reference_app()
