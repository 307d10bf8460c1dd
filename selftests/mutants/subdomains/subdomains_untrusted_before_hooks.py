"""Mutant: a request for an untrusted host is answered 400 before the request hooks run."""

from flask import Flask
from werkzeug.exceptions import SecurityError
from werkzeug.wsgi import get_host

from .. import reference_app

KILLS = ["subdomains.untrusted_host_runs_hooks"]


def create_app():
    wsgi_app = Flask.wsgi_app

    def refuse_first(self, environ, start_response):
        try:
            get_host(environ, self.config.get("TRUSTED_HOSTS"))
        except SecurityError as error:
            return error(environ, start_response)
        return wsgi_app(self, environ, start_response)

    Flask.wsgi_app = refuse_first
    return reference_app()
