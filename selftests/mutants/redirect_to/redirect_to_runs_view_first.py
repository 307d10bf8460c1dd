"""Mutant: a redirect_to rule runs its view, then answers with the redirect."""

from flask import Flask, request
from werkzeug.routing.rules import Rule

from .. import reference_app

KILLS = ["redirect_to.view_never_runs"]


def create_app():
    init = Rule.__init__
    dispatch = Flask.dispatch_request

    def init_deferring_redirect(self, *args, redirect_to=None, **kwargs):
        init(self, *args, **kwargs)
        self.deferred_redirect = redirect_to

    def view_then_redirect(self):
        rule = request.url_rule
        target = getattr(rule, "deferred_redirect", None)
        if target is None:
            return dispatch(self)
        if rule.endpoint in self.view_functions:
            dispatch(self)
        # Match again with the target in place: the adapter raises the usual 308.
        rule.redirect_to = target
        try:
            self.create_url_adapter(request).match()
        finally:
            rule.redirect_to = None

    Rule.__init__ = init_deferring_redirect
    Flask.dispatch_request = view_then_redirect
    return reference_app()
