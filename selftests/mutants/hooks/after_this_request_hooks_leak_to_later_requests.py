"""Mutant: hooks added with after_this_request go to one shared list and run for every later request."""

from flask.ctx import RequestContext

from .. import reference_app

KILLS = ["hooks.after_this_request_is_per_request"]


def create_app():
    init = RequestContext.__init__
    shared = []

    def leaky_init(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self._after_request_functions = shared

    RequestContext.__init__ = leaky_init
    return reference_app()
