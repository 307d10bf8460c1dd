"""Mutant: a returned tuple of more than three items has the extra ones ignored instead of failing."""

from flask import Flask

from .. import reference_app

KILLS = ["responses.invalid_return_500[four-tuple]"]


def create_app():
    make_response = Flask.make_response

    def make_response_of_three(self, rv):
        return make_response(self, rv[:3] if isinstance(rv, tuple) else rv)

    Flask.make_response = make_response_of_three
    return reference_app()
