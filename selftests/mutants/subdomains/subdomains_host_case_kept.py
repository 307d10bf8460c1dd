"""Mutant: routing compares the Host with SERVER_NAME case-sensitively."""

from werkzeug.routing import map as routing_map

from .. import reference_app

KILLS = ["subdomains.host_match_ignores_case"]


class _CaseKept(str):
    """A host whose lower() keeps its case: bind_to_environ lowercases the Host with it."""

    def lower(self):
        return str(self)


def create_app():
    get_host = routing_map.get_host
    routing_map.get_host = lambda environ: _CaseKept(get_host(environ))
    return reference_app()
