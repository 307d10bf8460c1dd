"""Mutant: request.host is SERVER_NAME and SERVER_PORT even when the client sent a Host header."""

from werkzeug.sansio import utils

from .. import reference_app, replace_code

KILLS = [
    "wsgi_environ.host_is_http_host",
    "wsgi_environ.request_urls_under_mount",
    "wsgi_environ.url_for_under_mount",
]


def _server_host(scheme, host_header, server=None, trusted_hosts=None):
    if server is None or server[1] is None:
        return ""
    host = f"{server[0]}:{server[1]}"
    if scheme in {"http", "ws"}:
        host = host.removesuffix(":80")
    elif scheme in {"https", "wss"}:
        host = host.removesuffix(":443")
    return host


def create_app():
    replace_code(utils.get_host, _server_host)
    return reference_app()
