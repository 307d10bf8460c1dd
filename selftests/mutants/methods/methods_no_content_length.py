"""Mutant: responses never set Content-Length by themselves, as if every body were streamed."""

from werkzeug.wrappers.response import Response

from .. import reference_app

KILLS = [
    "methods.head_announces_get_length",
    "methods.options_answer_is_empty",
    "methods.head_not_allowed_page_length",
]


def create_app():
    Response.automatically_set_content_length = False
    return reference_app()
