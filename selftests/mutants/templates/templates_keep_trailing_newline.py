"""Mutant: Flask's Jinja environment keeps the trailing newline of a template file."""

from flask import Flask

from .. import reference_app

KILLS = ["templates.single_trailing_newline_removed"]


def create_app():
    Flask.jinja_options = {"keep_trailing_newline": True}
    return reference_app()
