"""Mutant: request.args keeps only the last value of a repeated key (parsed into a plain dict)."""

from urllib.parse import parse_qsl

from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.args_every_value", "request.args_lists_in_order"]


def create_app():
    Request.args = property(lambda self: ImmutableMultiDict(
        dict(parse_qsl(self.query_string.decode(), keep_blank_values=True))))
    return reference_app()
