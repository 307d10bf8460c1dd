"""Mutant: request.data is get_data(): a form body is read raw instead of parsed first."""

from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.data_of_a_form"]


def create_app():
    Request.data = property(lambda self: self.get_data())
    return reference_app()
