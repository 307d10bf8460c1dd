"""Mutant: without a Host header, request.host keeps SERVER_PORT even when it is the scheme's default."""

from werkzeug.sansio import request, utils

from .. import reference_app

KILLS = ["wsgi_environ.host_from_server_name"]


def create_app():
    get_host = utils.get_host

    def host_with_port(scheme, host_header, server=None, trusted_hosts=None):
        host = get_host(scheme, host_header, server, trusted_hosts)
        if host_header is None and server is not None and host and ":" not in host:
            host = f"{host}:{server[1]}"
        return host

    # Flask sets request.host with werkzeug.wsgi.get_host, which calls utils.get_host; Request.host
    # calls the name its module imported.
    utils.get_host = request.get_host = host_with_port
    return reference_app()
