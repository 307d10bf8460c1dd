"""Mutant: Accept-Ranges is never sent, not even on a 206."""

from werkzeug.wrappers import Response

from .. import reference_app

KILLS = ["static_files.accept_ranges_full", "static_files.accept_ranges_not_modified",
         "static_files.accept_ranges_partial"]


def create_app():
    process = Response._process_range_request

    def without_header(self, environ, complete_length, accept_ranges):
        ranged = process(self, environ, complete_length, accept_ranges)
        self.headers.pop("Accept-Ranges", None)
        return ranged

    Response._process_range_request = without_header
    return reference_app()
