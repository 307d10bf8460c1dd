"""Mutant: Werkzeug's automatic redirects (strict slashes, merged slashes, redirect_to,
redirect_defaults) use 301 instead of 308."""

from werkzeug.routing import RequestRedirect

from .. import reference_app

KILLS = [
    "strict_slashes.redirect_308",
    "strict_slashes.redirect_keeps_query",
    "strict_slashes.redirect_keeps_post",
    "strict_slashes.redirect_head_empty",
    "strict_slashes.redirect_under_mount",
    "strict_slashes.redirect_path_converter",
    "strict_slashes.merge_slashes",
    "strict_slashes.any_segment_redirects",
    "redirect_to.string_target_308",
    "redirect_to.callable_gets_converted_values",
    "redirect_to.callable_gets_map_adapter",
    "redirect_to.external_url",
    "redirect_to.rule_without_view",
    "defaults.redirect_to_defaults_rule",
]


def create_app():
    RequestRedirect.code = 301
    return reference_app()
