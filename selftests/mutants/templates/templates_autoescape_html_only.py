"""Mutant: autoescape is on only for templates whose name ends in .html."""

from flask import Flask

from .. import reference_app

KILLS = [f"templates.autoescape_on[{extension}]" for extension in ("htm", "xml", "xhtml", "svg")]


def create_app():
    Flask.select_jinja_autoescape = lambda self, filename: filename is None or filename.endswith(".html")
    return reference_app()
