"""Mutant: headers given as a list of pairs are made a dict, so a repeated header keeps its last value only."""

from flask import Flask

from .. import reference_app

KILLS = ["responses.tuple_headers_pairs"]


def create_app():
    make_response = Flask.make_response

    def make_response_with_dict_headers(self, rv):
        if isinstance(rv, tuple) and len(rv) > 1 and isinstance(rv[-1], list):
            rv = (*rv[:-1], dict(rv[-1]))
        return make_response(self, rv)

    Flask.make_response = make_response_with_dict_headers
    return reference_app()
