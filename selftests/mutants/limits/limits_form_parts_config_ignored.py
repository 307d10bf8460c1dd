"""Mutant: the MAX_FORM_PARTS config is ignored: Werkzeug's own 1000 parts hold (Flask 3.0 on Werkzeug 3.1)."""

from flask import Request
from werkzeug.wrappers.request import Request as WerkzeugRequest

from .. import reference_app

KILLS = ["limits.form_parts_configured[6-413]"]


def create_app():
    Request.max_form_parts = WerkzeugRequest.max_form_parts
    return reference_app()
