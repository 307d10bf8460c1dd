"""Mutant: request.args decodes percent-escapes as latin-1, not UTF-8."""

from urllib.parse import parse_qsl

from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.path_decoded", "request.args_lists_in_order"]


def create_app():
    Request.args = property(lambda self: ImmutableMultiDict(
        parse_qsl(self.query_string.decode(), keep_blank_values=True, encoding="latin-1")))
    return reference_app()
