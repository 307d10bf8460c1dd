"""Mutant: a body over a size limit is answered 400 Bad Request instead of 413."""

from werkzeug.exceptions import RequestEntityTooLarge

from .. import reference_app

KILLS = [
    "limits.form_over_max_content_length[101-413]",
    "limits.form_over_max_content_length[202-413]",
    "limits.multipart_over_max_content_length",
    "limits.too_large_page",
    "limits.body_read_over_limit",
    "limits.form_memory_default[a form body-500001-413]",
    "limits.form_memory_configured[a form body-11-413]",
    "limits.form_parts_default[1001-413]",
    "limits.form_parts_configured[6-413]",
    "limits.per_view_max_content_length[11-413]",
    "limits.malformed_json_over_limit",
]


def create_app():
    RequestEntityTooLarge.code = 400
    return reference_app()
