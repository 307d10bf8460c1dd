"""Mutant: static_url_path is ignored: the static route is always at /static."""

from flask import Flask

from .. import reference_app

KILLS = [
    "static_files.moved_static_route",
    "static_files.url_for_static[/static_files/cached/link-/static_files/cached/assets/style.css?v=1]",
]


def create_app():
    init = Flask.__init__

    def at_static(self, import_name, static_url_path=None, *args, **kwargs):
        init(self, import_name, "/static", *args, **kwargs)

    Flask.__init__ = at_static
    return reference_app()
