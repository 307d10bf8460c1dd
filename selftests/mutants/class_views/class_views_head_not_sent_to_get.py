"""Mutant: a HEAD to a MethodView without head() is not dispatched to get(), so it fails."""

from flask import current_app, request
from flask.views import MethodView

from .. import reference_app

KILLS = ["class_views.head_falls_back_to_get", "class_views.decorators_wrap_every_method[HEAD]"]


def create_app():
    def dispatch_request(self, **kwargs):
        # Flask 3.1's, without the HEAD -> get fallback.
        meth = getattr(self, request.method.lower(), None)
        assert meth is not None, f"Unimplemented method {request.method!r}"
        return current_app.ensure_sync(meth)(**kwargs)

    MethodView.dispatch_request = dispatch_request
    return reference_app()
