"""Mutant: the automatic slash and merge redirects use 301 instead of 308."""

from werkzeug.routing import RequestRedirect

from . import reference_app

KILLS = [
    "strict_slashes.redirect_308",
    "strict_slashes.redirect_keeps_query",
    "strict_slashes.redirect_keeps_post",
    "strict_slashes.redirect_head_empty",
    "strict_slashes.redirect_under_mount",
    "strict_slashes.redirect_path_converter",
    "strict_slashes.merge_slashes",
]


def create_app():
    RequestRedirect.code = 301
    return reference_app()
