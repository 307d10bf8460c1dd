"""Mutant: request.json is only what an earlier get_json() call loaded, None until then."""

from werkzeug.wrappers.request import Request

from .. import reference_app

KILLS = ["json_bodies.json_attribute_parses", "json_bodies.json_attribute_refuses_other_type"]


def _loaded_so_far(self):
    loaded = self._cached_json[False]
    return None if loaded is Ellipsis else loaded


def create_app():
    Request.json = property(_loaded_so_far)
    return reference_app()
