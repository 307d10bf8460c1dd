"""Mutant: a 405 answer has no Allow header."""

from werkzeug.exceptions import MethodNotAllowed

from .. import reference_app

KILLS = [
    "routing.post_not_in_defaults",
    "routing.post_only_refuses_get",
    "routing.unlisted_method_405",
    "routing.allow_unites_rules",
]


def create_app():
    get_headers = MethodNotAllowed.get_headers

    def without_allow(self, *args, **kwargs):
        return [(name, value) for name, value in get_headers(self, *args, **kwargs) if name != "Allow"]

    MethodNotAllowed.get_headers = without_allow
    return reference_app()
