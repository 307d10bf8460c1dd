"""Mutant: redirect() puts the mount (SCRIPT_NAME) before every target that starts with a slash."""

from flask import Flask, request

from .. import reference_app

KILLS = ["responses.redirect_under_mount_unprefixed", "responses.redirect_url_for_under_mount"]


def create_app():
    redirect = Flask.redirect

    def redirect_under_script_root(self, location, code=302):
        if location.startswith("/"):
            location = request.script_root + location
        return redirect(self, location, code)

    Flask.redirect = redirect_under_script_root
    return reference_app()
