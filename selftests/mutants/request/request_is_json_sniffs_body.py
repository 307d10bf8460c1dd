"""Mutant: request.is_json is true for any body that parses as JSON, whatever its Content-Type."""

import json

from werkzeug.sansio.request import Request

from .. import reference_app

KILLS = ["request.is_json_other_types"]


def _is_json(self):
    try:
        json.loads(self.get_data(as_text=True))
    except ValueError:
        return False
    return True


def create_app():
    Request.is_json = property(_is_json)
    return reference_app()
