"""Mutant: url_for drops the values the rule does not take, instead of adding them as the query."""

from werkzeug.routing import MapAdapter

from .. import reference_app

KILLS = ["static_files.url_for_static"]


def create_app():
    build = MapAdapter.build

    def without_query(self, endpoint, values=None, method=None, force_external=False, append_unknown=True,
                      url_scheme=None):
        return build(self, endpoint, values, method, force_external, False, url_scheme)

    MapAdapter.build = without_query
    return reference_app()
