"""Mutant: paths are matched case-insensitively (the path is lower-cased before matching)."""

from werkzeug.routing.map import MapAdapter

from .. import reference_app

KILLS = ["routing.paths_case_sensitive"]


def create_app():
    match = MapAdapter.match

    def lower_cased(self, path_info=None, *args, **kwargs):
        return match(self, (self.path_info if path_info is None else path_info).lower(), *args, **kwargs)

    MapAdapter.match = lower_cased
    return reference_app()
