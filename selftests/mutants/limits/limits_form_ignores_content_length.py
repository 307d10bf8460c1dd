"""Mutant: reading the form ignores MAX_CONTENT_LENGTH (and a view's own limit): the whole body is parsed."""

from werkzeug.wrappers.request import Request
from werkzeug.wsgi import get_input_stream

from .. import reference_app

KILLS = [
    "limits.form_over_max_content_length[101-413]",
    "limits.form_over_max_content_length[202-413]",
    "limits.multipart_over_max_content_length",
    "limits.too_large_page",
    "limits.per_view_max_content_length[11-413]",
]


def create_app():
    stream_for_parsing = Request._get_stream_for_parsing

    def unlimited_for_parsing(self):
        if getattr(self, "_cached_data", None) is not None:
            return stream_for_parsing(self)
        return get_input_stream(self.environ)

    Request._get_stream_for_parsing = unlimited_for_parsing
    return reference_app()
