"""Mutant: request.host keeps a Host with characters no host name has (Werkzeug before 3.1.7)."""

from werkzeug.sansio import utils

from .. import reference_app

KILLS = ["wsgi_environ.invalid_host_is_empty"]


def create_app():
    trusted = utils.host_is_trusted

    def host_is_trusted(hostname, trusted_list=None):
        if hostname and not trusted_list:
            return True  # no character check
        return trusted(hostname, trusted_list)

    utils.host_is_trusted = host_is_trusted
    return reference_app()
