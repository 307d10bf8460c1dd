"""Mutant: url_for compares a rule's subdomain with the default subdomain, not the request's."""

from werkzeug.routing import MapAdapter

from .. import reference_app

KILLS = [
    "subdomains.link_within_subdomain_relative",
    "subdomains.link_across_subdomains_absolute",
]


def create_app():
    build = MapAdapter.build

    def build_against_default(self, *args, **kwargs):
        # build() makes a URL relative when the rule's subdomain equals self.subdomain.
        bound, self.subdomain = self.subdomain, self.map.default_subdomain
        try:
            return build(self, *args, **kwargs)
        finally:
            self.subdomain = bound

    MapAdapter.build = build_against_default
    return reference_app()
