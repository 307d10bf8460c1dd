"""Mutant: request.is_json looks at the Accept header, not at the body's Content-Type."""

from werkzeug.sansio.request import Request

from .. import reference_app

KILLS = ["request.is_json_types"]


def _is_json(self):
    accepted = self.headers.get("Accept", "")
    return "application/json" in accepted or "+json" in accepted


def create_app():
    Request.is_json = property(_is_json)
    return reference_app()
