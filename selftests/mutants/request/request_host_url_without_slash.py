"""Mutant: request.host_url has no trailing slash (http://localhost instead of http://localhost/)."""

from werkzeug.sansio.utils import get_current_url
from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.host_and_roots", "request.under_a_mount"]


def create_app():
    Request.host_url = property(lambda self: get_current_url(self.scheme, self.host).rstrip("/"))
    return reference_app()
