"""Mutant: autoescape is on for every template, text templates too."""

from flask import Flask

from .. import reference_app

KILLS = ["templates.autoescape_off"]


def create_app():
    Flask.select_jinja_autoescape = lambda self, filename: True
    return reference_app()
