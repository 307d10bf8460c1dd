"""Mutant: MAX_FORM_MEMORY_SIZE defaults to None (no limit), as before Flask 3.1 / Werkzeug 3.1."""

from flask import Flask
from werkzeug.datastructures import ImmutableDict

from .. import reference_app

KILLS = [
    "limits.form_memory_default[a form body-500001-413]",
    "limits.form_memory_default[a multipart field-500001-413]",
    "limits.form_memory_counts_urlencoded_body[form-413]",
]


def create_app():
    Flask.default_config = ImmutableDict({**Flask.default_config, "MAX_FORM_MEMORY_SIZE": None})
    return reference_app()
