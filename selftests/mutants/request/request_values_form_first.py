"""Mutant: request.values puts the form before the query arguments."""

from werkzeug.datastructures import CombinedMultiDict
from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.values_args_then_form"]


def _values(self):
    return CombinedMultiDict([self.args] if self.method == "GET" else [self.form, self.args])


def create_app():
    Request.values = property(_values)
    return reference_app()
