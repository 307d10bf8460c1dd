"""Mutant: an unhandled exception is raised into the server even with TESTING and DEBUG off."""

from flask import Flask

from .. import reference_app

KILLS = [
    "errors.unhandled_exception_500",
    "errors.default_500_page",
    "errors.unknown_abort_code",
    "errors.handler_returning_none",
]


def create_app():
    def handle_exception(self, e):
        raise e

    Flask.handle_exception = handle_exception
    return reference_app()
