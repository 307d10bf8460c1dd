"""Mutant: Accept-Ranges is sent only on a 206 (as Werkzeug did before 3.1.6)."""

from werkzeug.wrappers import Response

from .. import reference_app

KILLS = ["static_files.accept_ranges_full", "static_files.accept_ranges_not_modified"]


def create_app():
    process = Response._process_range_request

    def only_on_206(self, environ, complete_length, accept_ranges):
        if process(self, environ, complete_length, accept_ranges):
            return True
        self.headers.pop("Accept-Ranges", None)
        return False

    Response._process_range_request = only_on_206
    return reference_app()
