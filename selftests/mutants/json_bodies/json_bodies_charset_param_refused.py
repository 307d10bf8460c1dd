"""Mutant: is_json reads the whole Content-Type header, so a charset parameter makes it not JSON."""

from werkzeug.sansio.request import Request

from .. import reference_app

KILLS = ["json_bodies.parsed_by_content_type[application/json; charset=utf-8]"]


def _is_json(self):
    content_type = self.content_type or ""
    return content_type == "application/json" or (
        content_type.startswith("application/") and content_type.endswith("+json"))


def create_app():
    Request.is_json = property(_is_json)
    return reference_app()
