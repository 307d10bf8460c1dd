"""Mutant: the static rule takes one path segment (<filename>, not <path:filename>): subfolders are not served."""

from flask import Flask

from .. import reference_app

KILLS = ["static_files.subfolder_file", "static_files.dot_segments_inside[/static_files/static/sub/../notes.txt]"]


def create_app():
    add_url_rule = Flask.add_url_rule

    def one_segment(self, rule, endpoint=None, view_func=None, **options):
        if endpoint == "static":
            rule = rule.replace("<path:filename>", "<filename>")
        return add_url_rule(self, rule, endpoint, view_func, **options)

    Flask.add_url_rule = one_segment
    return reference_app()
