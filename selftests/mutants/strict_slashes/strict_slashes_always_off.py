"""Mutant: no rule is strict about its trailing slash, so both forms answer directly."""

from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = [
    "strict_slashes.no_redirect_to_slashless",
    "strict_slashes.redirect_308",
    "strict_slashes.redirect_path_converter",
    "strict_slashes.any_segment_redirects",
    "strict_slashes.any_segment_slash_not_found",
]


def create_app():
    bind = Rule.bind

    def lenient_bind(self, map, rebind=False):
        self.strict_slashes = False
        bind(self, map, rebind)

    Rule.bind = lenient_bind
    return reference_app()
