"""Mutant: a view that returns None answers an empty 200 instead of failing."""

from flask import Flask

from .. import reference_app

KILLS = ["responses.invalid_return_500[none]", "responses.invalid_return_error_page"]


def create_app():
    make_response = Flask.make_response

    def make_response_of_none(self, rv):
        return make_response(self, "" if rv is None else rv)

    Flask.make_response = make_response_of_none
    return reference_app()
