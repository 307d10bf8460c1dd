"""Mutant: hooks added with after_this_request never run."""

from flask import Flask
from flask.globals import request_ctx

from .. import reference_app

KILLS = ["hooks.after_this_request_runs_first"]


def create_app():
    process = Flask.process_response

    def process_response(self, response):
        request_ctx._after_request_functions.clear()
        return process(self, response)

    Flask.process_response = process_response
    return reference_app()
