"""Mutant: the 400 for an untrusted host is Werkzeug's generic Bad Request, without the host."""

from werkzeug.exceptions import SecurityError
from werkzeug.sansio import utils

from .. import reference_app

KILLS = ["subdomains.untrusted_host_page"]


def create_app():
    get_host = utils.get_host

    def get_host_quietly(*args, **kwargs):
        try:
            return get_host(*args, **kwargs)
        except SecurityError:
            raise SecurityError() from None

    # werkzeug.wsgi.get_host calls it through the module, so this reaches Flask's check.
    utils.get_host = get_host_quietly
    return reference_app()
