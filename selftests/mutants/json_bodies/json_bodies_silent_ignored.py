"""Mutant: get_json(silent=True) raises like get_json(): silent is ignored."""

from werkzeug.wrappers.request import Request

from .. import reference_app

KILLS = ["json_bodies.silent_gives_none"]


def create_app():
    get_json = Request.get_json

    def never_silent(self, force=False, silent=False, cache=True):
        return get_json(self, force=force, silent=False, cache=cache)

    Request.get_json = never_silent
    return reference_app()
