"""Mutant: request.host is the Host lowercased, not as the client sent it."""

from flask import app as flask_app

from .. import reference_app

KILLS = ["subdomains.request_host_keeps_case"]


def create_app():
    get_host = flask_app.get_host
    flask_app.get_host = lambda environ, trusted_hosts=None: get_host(environ, trusted_hosts).lower()
    return reference_app()
