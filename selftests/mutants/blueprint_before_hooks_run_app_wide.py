"""Mutant: every blueprint's before_request hooks run for every request, not only for its routes."""

from flask import Flask

from . import reference_app

KILLS = [
    "hooks.app_route_order",
    "hooks.gate_leaves_login_page_open",
    "hooks.gate_login_redirects",
    "hooks.gate_rejects_wrong_password",
    "hooks.gate_admits_logged_in_user",
]


def create_app():
    def preprocess_request(self):
        for funcs in list(self.before_request_funcs.values()):
            for before_func in funcs:
                rv = self.ensure_sync(before_func)()
                if rv is not None:
                    return rv
        return None

    Flask.preprocess_request = preprocess_request
    return reference_app()
