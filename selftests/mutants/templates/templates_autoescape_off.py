"""Mutant: autoescape is off for every template, so values are rendered as markup."""

from flask import Flask

from .. import reference_app

KILLS = ["templates.autoescape_on[html]", "templates.template_string_escaped", "templates.user_input_escaped"]


def create_app():
    Flask.select_jinja_autoescape = lambda self, filename: False
    return reference_app()
