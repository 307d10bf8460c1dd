"""Mutant: an after_request hook that raises is logged and skipped instead of giving a 500."""

from itertools import chain

from flask import Flask, request
from flask.globals import request_ctx

from . import reference_app

KILLS = ["hooks.after_hook_error_is_500"]


def create_app():
    def process_response(self, response):
        ctx = request_ctx._get_current_object()
        for func in ctx._after_request_functions:
            response = self.ensure_sync(func)(response)
        for name in chain(request.blueprints, (None,)):
            for func in reversed(self.after_request_funcs.get(name, ())):
                try:
                    response = self.ensure_sync(func)(response)
                except Exception:
                    self.logger.exception("after_request hook failed")
        if not self.session_interface.is_null_session(ctx._session):
            self.session_interface.save_session(self, ctx._session, response)
        return response

    Flask.process_response = process_response
    return reference_app()
