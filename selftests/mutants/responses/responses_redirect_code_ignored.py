"""Mutant: redirect() ignores the code it is given and always answers 302."""

from flask import Flask

from .. import reference_app

KILLS = ["responses.redirect_codes", "responses.redirect_reason_phrases"]


def create_app():
    redirect = Flask.redirect

    def redirect_always_302(self, location, code=302):
        return redirect(self, location)

    Flask.redirect = redirect_always_302
    return reference_app()
