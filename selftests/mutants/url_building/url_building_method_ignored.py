"""Mutant: url_for ignores _method and builds the endpoint's first rule."""

from werkzeug.routing import MapAdapter

from .. import reference_app

KILLS = ["url_building.method_picks_rule"]


def create_app():
    build = MapAdapter.build

    def build_any_method(self, endpoint, values=None, method=None, *args, **kwargs):
        return build(self, endpoint, values, None, *args, **kwargs)

    MapAdapter.build = build_any_method
    return reference_app()
