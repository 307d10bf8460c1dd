"""Mutant: a body not typed as JSON is answered 400 Bad Request, as Werkzeug 2.2 did, not 415."""

from werkzeug.exceptions import BadRequest
from werkzeug.wrappers.request import Request

from .. import reference_app

KILLS = [
    "json_bodies.other_type_415",
    "json_bodies.get_without_body_415",
    "json_bodies.json_attribute_refuses_other_type",
    "json_bodies.other_type_page",
    "limits.json_wrong_type_within_limit",
]


def create_app():
    failed = Request.on_json_loading_failed

    def bad_request_for_wrong_type(self, e):
        if e is None:
            raise BadRequest("Did not attempt to load JSON data because the request Content-Type was not "
                             "'application/json'.")
        return failed(self, e)

    Request.on_json_loading_failed = bad_request_for_wrong_type
    return reference_app()
