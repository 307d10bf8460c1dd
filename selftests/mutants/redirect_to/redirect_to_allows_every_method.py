"""Mutant: a redirect_to rule matches every method, so a POST is redirected instead of refused."""

from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = ["redirect_to.post_not_allowed"]


def create_app():
    init = Rule.__init__

    def init_any_method(self, *args, redirect_to=None, methods=None, **kwargs):
        if redirect_to is not None:
            methods = None
        init(self, *args, redirect_to=redirect_to, methods=methods, **kwargs)

    Rule.__init__ = init_any_method
    return reference_app()
