"""Mutant: the TRUSTED_HOSTS setting is not checked while routing (Flask before 3.1)."""

from flask import app as flask_app

from .. import reference_app

KILLS = [
    "subdomains.untrusted_host_400",
    "subdomains.untrusted_host_page",
    "subdomains.untrusted_host_runs_hooks",
]


def create_app():
    get_host = flask_app.get_host
    flask_app.get_host = lambda environ, trusted_hosts=None: get_host(environ)
    return reference_app()
