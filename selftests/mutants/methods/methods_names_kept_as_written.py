"""Mutant: the method names a rule lists are kept as written, so lowercase ones match nothing."""

from flask import Flask

from .. import reference_app

KILLS = ["methods.lowercase_names_accepted", "methods.lowercase_names_uppercased"]


def create_app():
    add = Flask.add_url_rule

    def add_keeping_case(self, rule, endpoint=None, view_func=None, **options):
        written = options.get("methods")
        add(self, rule, endpoint, view_func, **options)
        if written and not isinstance(written, str) and any(m != m.upper() for m in written):
            added = self.url_map._rules[-1]
            # What Flask and Werkzeug upper-cased goes back as written; so does the HEAD that the
            # upper-cased GET brought in, as no "GET" was written.
            added.methods = (added.methods - {m.upper() for m in written} - {"HEAD"}) | set(written)

    Flask.add_url_rule = add_keeping_case
    return reference_app()
