"""Mutant: the redirect page links the percent-encoded target, as Werkzeug 2.2 did."""

from flask import Flask
from markupsafe import escape
from werkzeug.urls import iri_to_uri

from .. import reference_app

KILLS = ["responses.redirect_iri_page_link"]


def create_app():
    redirect = Flask.redirect

    def redirect_linking_uri(self, location, code=302):
        response = redirect(self, location, code)
        page = response.get_data(as_text=True)
        response.set_data(page.replace(f'href="{escape(location)}"', f'href="{escape(iri_to_uri(location))}"'))
        return response

    Flask.redirect = redirect_linking_uri
    return reference_app()
