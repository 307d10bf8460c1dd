"""Mutant: a body that does not parse as JSON loads as None instead of answering 400."""

from werkzeug.wrappers.request import Request

from .. import reference_app

KILLS = [
    "json_bodies.malformed_400",
    "json_bodies.malformed_page_generic",
    "json_bodies.force_malformed_400",
    "limits.malformed_json_within_limit",
]


def create_app():
    failed = Request.on_json_loading_failed

    def none_when_malformed(self, e):
        if e is not None:
            return None
        return failed(self, e)

    Request.on_json_loading_failed = none_when_malformed
    return reference_app()
