"""Mutant: a Content-Type given in the headers is overwritten by the default one."""

from werkzeug.sansio.response import Response
from werkzeug.utils import get_content_type

from .. import reference_app

KILLS = ["responses.tuple_content_type"]


def create_app():
    init = Response.__init__

    def init_with_default_type(self, status=None, headers=None, mimetype=None, content_type=None):
        init(self, status, headers, mimetype, content_type)
        if mimetype is None and content_type is None:
            self.headers["Content-Type"] = get_content_type(self.default_mimetype, "utf-8")

    Response.__init__ = init_with_default_type
    return reference_app()
