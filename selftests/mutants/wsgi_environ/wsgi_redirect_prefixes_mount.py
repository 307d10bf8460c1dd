"""Mutant: redirect() puts the mount (the script root) before a Location that starts with "/"."""

from flask import Flask, request

from .. import reference_app

KILLS = ["wsgi_environ.redirect_to_path_not_prefixed"]


def create_app():
    redirect = Flask.redirect

    def redirect_under_mount(self, location, code=302):
        if location.startswith("/"):
            location = request.script_root + location
        return redirect(self, location, code)

    Flask.redirect = redirect_under_mount
    return reference_app()
