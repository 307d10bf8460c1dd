"""Mutant: the form memory limit refuses a field of exactly the limit (one byte less is allowed)."""

from flask import Request

from .. import reference_app

KILLS = [
    "limits.form_memory_default[a form body-500000-200]",
    "limits.form_memory_default[a multipart field-500000-200]",
    "limits.form_memory_configured[a form body-10-200]",
]


def create_app():
    configured = Request.max_form_memory_size

    def one_less(self):
        limit = configured.fget(self)
        return None if limit is None else limit - 1

    Request.max_form_memory_size = property(one_less, configured.fset)
    return reference_app()
