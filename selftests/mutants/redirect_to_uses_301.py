"""Mutant: the redirect_to and redirect_defaults redirects use 301 instead of 308."""

from werkzeug.routing import RequestRedirect

from . import reference_app

KILLS = [
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
