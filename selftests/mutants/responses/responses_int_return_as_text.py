"""Mutant: a returned number is sent as its text instead of failing."""

from flask import Flask

from .. import reference_app

KILLS = ["responses.invalid_return_500[int]"]


def create_app():
    make_response = Flask.make_response

    def make_response_of_number(self, rv):
        return make_response(self, str(rv) if isinstance(rv, int) else rv)

    Flask.make_response = make_response_of_number
    return reference_app()
