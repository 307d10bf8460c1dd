"""Mutant: the subdomain is the Host's first label, not everything before SERVER_NAME."""

from werkzeug.routing import Map
from werkzeug.wsgi import get_host

from .. import reference_app

KILLS = [
    "subdomains.bare_domain_rule",
    "subdomains.dynamic_subdomain_value[x.y.example.test-x.y]",
    "subdomains.dynamic_rule_needs_a_subdomain",
]


def create_app():
    bind = Map.bind_to_environ

    def bind_first_label(self, environ, server_name=None, subdomain=None):
        adapter = bind(self, environ, server_name=server_name, subdomain=subdomain)
        # Only where the subdomain is taken from the Host, and the Host is under SERVER_NAME.
        if subdomain is None and adapter.subdomain != "<invalid>":
            adapter.subdomain = get_host(environ).lower().split(".", 1)[0]
        return adapter

    Map.bind_to_environ = bind_first_label
    return reference_app()
