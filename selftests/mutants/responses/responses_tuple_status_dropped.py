"""Mutant: the status of a (body, status) tuple is ignored, so the answer is 200."""

from flask import Flask
from werkzeug.datastructures import Headers

from .. import reference_app

KILLS = ["responses.tuple_sets_status", "responses.list_tuple_status", "responses.no_content_204"]


def create_app():
    make_response = Flask.make_response

    def make_response_without_status(self, rv):
        if isinstance(rv, tuple) and len(rv) == 2 and not isinstance(rv[1], (Headers, dict, tuple, list)):
            rv = rv[0]
        return make_response(self, rv)

    Flask.make_response = make_response_without_status
    return reference_app()
