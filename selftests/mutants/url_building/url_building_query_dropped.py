"""Mutant: url_for drops the values that are not rule variables instead of making a query string."""

from werkzeug.routing import MapAdapter

from .. import reference_app

KILLS = [
    "url_building.extra_values_in_query",
    "url_building.query_in_call_order",
    "url_building.query_list_repeats_key",
    "url_building.query_leaves_out_none",
    "url_building.query_value_encoding",
    "url_building.query_keeps_slash_and_question",
]


def create_app():
    build = MapAdapter.build

    def build_without_query(self, endpoint, values=None, method=None, force_external=False,
                            append_unknown=True, url_scheme=None):
        return build(self, endpoint, values, method, force_external, False, url_scheme)

    MapAdapter.build = build_without_query
    return reference_app()
