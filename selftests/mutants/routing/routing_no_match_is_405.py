"""Mutant: a path no rule matches is answered 405 with an empty Allow, not 404 (the matcher
raises MethodNotAllowed whether or not a rule matched the path)."""

from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing.map import MapAdapter

from .. import reference_app

KILLS = [
    "routing.unmatched_path_404",
    "routing.paths_case_sensitive",
    "routing.not_found_page",
    "routing.string_one_segment",
    "routing.int_not_digits",
    "routing.uuid_other_forms",
]


def create_app():
    match = MapAdapter.match

    def no_404(self, *args, **kwargs):
        try:
            return match(self, *args, **kwargs)
        except NotFound:
            raise MethodNotAllowed(valid_methods=[]) from None

    MapAdapter.match = no_404
    return reference_app()
