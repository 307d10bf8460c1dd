"""Mutant: abort() with a code that has no HTTP error answers 400 Bad Request instead of failing."""

from werkzeug.exceptions import Aborter, BadRequest

from .. import reference_app

KILLS = ["errors.unknown_abort_code"]


def create_app():
    call = Aborter.__call__

    def abort_unknown_as_bad_request(self, code, *args, **kwargs):
        if isinstance(code, int) and code not in self.mapping:
            raise BadRequest()
        call(self, code, *args, **kwargs)

    Aborter.__call__ = abort_unknown_as_bad_request
    return reference_app()
