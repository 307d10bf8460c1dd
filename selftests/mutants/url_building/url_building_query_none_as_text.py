"""Mutant: url_for turns every value into text before building, so a None value becomes "None"."""

from werkzeug.routing import MapAdapter

from .. import reference_app

KILLS = ["url_building.query_leaves_out_none"]


def create_app():
    build = MapAdapter.build

    def build_stringified(self, endpoint, values=None, *args, **kwargs):
        texts = {k: v if isinstance(v, (list, tuple)) else str(v) for k, v in (values or {}).items()}
        return build(self, endpoint, texts, *args, **kwargs)

    MapAdapter.build = build_stringified
    return reference_app()
