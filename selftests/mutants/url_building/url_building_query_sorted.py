"""Mutant: URL maps sort the query parameters url_for adds, so they lose the order of the call."""

from werkzeug.routing import Map

from .. import override_after_init, reference_app

KILLS = ["url_building.query_in_call_order"]


def create_app():
    override_after_init(Map, sort_parameters=True)
    return reference_app()
