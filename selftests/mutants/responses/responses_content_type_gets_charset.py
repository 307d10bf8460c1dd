"""Mutant: a content_type given to Response gets a charset added, like a mimetype."""

from werkzeug.sansio.response import Response
from werkzeug.utils import get_content_type

from .. import reference_app

KILLS = ["responses.response_object_content_type"]


def create_app():
    init = Response.__init__

    def init_adding_charset(self, status=None, headers=None, mimetype=None, content_type=None):
        if content_type is not None and "charset" not in content_type:
            content_type = get_content_type(content_type, "utf-8")
        init(self, status, headers, mimetype, content_type)

    Response.__init__ = init_adding_charset
    return reference_app()
