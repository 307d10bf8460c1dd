"""Mutant: get_json() parses every body, whatever its Content-Type (force is always on)."""

from werkzeug.wrappers.request import Request

from .. import reference_app

KILLS = [
    "json_bodies.other_type_415",
    "json_bodies.get_without_body_415",
    "json_bodies.json_attribute_refuses_other_type",
    "json_bodies.other_type_page",
    "json_bodies.silent_gives_none[{\"name\": \"ada\"}-as text/plain]",
    "json_bodies.silent_gives_none[{\"name\": \"ada\"}-without a Content-Type]",
    "limits.json_wrong_type_within_limit",
]


def create_app():
    get_json = Request.get_json

    def always_forced(self, force=False, silent=False, cache=True):
        return get_json(self, force=True, silent=silent, cache=cache)

    Request.get_json = always_forced
    return reference_app()
