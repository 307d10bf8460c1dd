"""Mutant: Flask(subdomain_matching=True) is ignored, so every request is routed as on the bare domain."""

from flask import Flask

from .. import override_after_init, reference_app

KILLS = [
    "subdomains.static_subdomain_rule",
    "subdomains.dynamic_subdomain_value",
    "subdomains.link_within_subdomain_relative",
    "subdomains.link_across_subdomains_absolute",
    "subdomains.host_match_ignores_case",
    "subdomains.foreign_host_refused_when_matching",
]


def create_app():
    override_after_init(Flask, subdomain_matching=False)
    return reference_app()
