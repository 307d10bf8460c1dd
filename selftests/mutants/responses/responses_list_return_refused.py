"""Mutant: a returned list is not a response (as before Flask 2.2): TypeError, 500."""

from flask import Flask

from .. import reference_app

KILLS = ["responses.list_is_json", "responses.list_tuple_status"]


def create_app():
    make_response = Flask.make_response

    def make_response_refusing_lists(self, rv):
        if isinstance(rv[0] if isinstance(rv, tuple) else rv, list):
            raise TypeError("The view function did not return a valid response: a list")
        return make_response(self, rv)

    Flask.make_response = make_response_refusing_lists
    return reference_app()
