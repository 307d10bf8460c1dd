"""Mutant: the MAX_FORM_MEMORY_SIZE config is ignored: Werkzeug's own limit of 500 000 bytes holds."""

from flask import Request
from werkzeug.wrappers.request import Request as WerkzeugRequest

from .. import reference_app

KILLS = [
    "limits.form_memory_configured[a form body-11-413]",
    "limits.form_memory_configured[a multipart field-20-413]",
]


def create_app():
    Request.max_form_memory_size = WerkzeugRequest.max_form_memory_size
    return reference_app()
