"""Mutant: URL maps take the host from the WSGI SERVER_NAME and SERVER_PORT, not the Host header."""

from werkzeug.routing import Map

from .. import reference_app

KILLS = ["url_building.external_follows_host_header"]


def create_app():
    bind_to_environ = Map.bind_to_environ

    def bind_to_server_name(self, environ, server_name=None, subdomain=None):
        if server_name is None:
            server_name = f"{environ['SERVER_NAME']}:{environ['SERVER_PORT']}".removesuffix(":80")
        return bind_to_environ(self, environ, server_name=server_name, subdomain=subdomain)

    Map.bind_to_environ = bind_to_server_name
    return reference_app()
