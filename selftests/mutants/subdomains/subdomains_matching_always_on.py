"""Mutant: subdomain matching is on in every app, so SERVER_NAME alone enables it (Flask before 3.1)."""

from flask import Flask

from .. import override_after_init, reference_app

KILLS = [
    "subdomains.unmatched_static_subdomain_shadowed",
    "subdomains.unmatched_dynamic_subdomain_404",
    "subdomains.foreign_host_served",
]


def create_app():
    override_after_init(Flask, subdomain_matching=True)
    return reference_app()
