"""Mutant: the automatic redirects send a relative Location (path and query only)."""

from urllib.parse import urlsplit, urlunsplit

from werkzeug.routing.map import MapAdapter

from .. import reference_app

KILLS = [
    "strict_slashes.redirect_308",
    "strict_slashes.redirect_body_links_target",
    "strict_slashes.redirect_keeps_query",
    "strict_slashes.redirect_head_empty",
    "strict_slashes.redirect_under_mount",
    "strict_slashes.redirect_path_converter",
    "strict_slashes.merge_slashes",
    "strict_slashes.any_segment_redirects",
]


def create_app():
    absolute = MapAdapter.make_redirect_url

    def relative(self, *args, **kwargs):
        return urlunsplit(urlsplit(absolute(self, *args, **kwargs))._replace(scheme="", netloc=""))

    MapAdapter.make_redirect_url = relative
    return reference_app()
