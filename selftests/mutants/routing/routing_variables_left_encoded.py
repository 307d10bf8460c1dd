"""Mutant: text variables reach the view still percent-encoded, as in the raw request URI."""

from urllib.parse import quote

from werkzeug.routing import BaseConverter

from .. import reference_app

KILLS = [
    "routing.string_segment_decoded",
    "routing.string_spellings_agree",
    "routing.converter_round_trip[string-str]",
    "routing.converter_round_trip[path-str]",
]


def create_app():
    BaseConverter.to_python = lambda self, value: quote(value, safe="/")
    return reference_app()
