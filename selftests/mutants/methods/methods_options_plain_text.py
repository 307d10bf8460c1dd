"""Mutant: the automatic OPTIONS answer is text/plain instead of the app's default mimetype."""

from flask import Flask

from .. import reference_app

KILLS = ["methods.options_answer_is_html"]


def create_app():
    make = Flask.make_default_options_response

    def plain_options_response(self):
        response = make(self)
        response.mimetype = "text/plain"
        return response

    Flask.make_default_options_response = plain_options_response
    return reference_app()
