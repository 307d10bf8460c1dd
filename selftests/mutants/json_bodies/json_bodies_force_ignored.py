"""Mutant: get_json(force=True) still requires a JSON Content-Type: force is ignored."""

from werkzeug.wrappers.request import Request

from .. import reference_app

KILLS = ["json_bodies.force_ignores_content_type", "json_bodies.force_malformed_400"]


def create_app():
    get_json = Request.get_json

    def never_forced(self, force=False, silent=False, cache=True):
        return get_json(self, force=False, silent=silent, cache=cache)

    Request.get_json = never_forced
    return reference_app()
