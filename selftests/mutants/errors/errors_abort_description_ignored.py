"""Mutant: an HTTP error drops the description it is given, so its page shows the standard one."""

from werkzeug.exceptions import HTTPException

from .. import reference_app

KILLS = ["errors.abort_description"]


def create_app():
    init = HTTPException.__init__

    def init_without_description(self, description=None, response=None):
        init(self, None, response)

    HTTPException.__init__ = init_without_description
    return reference_app()
