"""Mutant: request.values combines args and form for a GET too (Werkzeug before 2.0)."""

from werkzeug.datastructures import CombinedMultiDict
from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.values_get_args_only"]


def create_app():
    Request.values = property(lambda self: CombinedMultiDict([self.args, self.form]))
    return reference_app()
