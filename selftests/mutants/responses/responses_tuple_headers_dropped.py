"""Mutant: the headers of a returned tuple are ignored; only the body and the status count."""

from flask import Flask
from werkzeug.datastructures import Headers

from .. import reference_app

KILLS = [
    "responses.tuple_headers_dict",
    "responses.tuple_headers_pairs",
    "responses.tuple_status_and_headers",
    "responses.tuple_content_type",
    "responses.dict_tuple_status_and_headers",
    "responses.make_response_status_headers",
]


def create_app():
    make_response = Flask.make_response

    def make_response_without_headers(self, rv):
        if isinstance(rv, tuple) and len(rv) == 3:
            rv = rv[:2]
        elif isinstance(rv, tuple) and len(rv) == 2 and isinstance(rv[1], (Headers, dict, tuple, list)):
            rv = rv[0]
        return make_response(self, rv)

    Flask.make_response = make_response_without_headers
    return reference_app()
