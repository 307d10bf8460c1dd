"""Mutant: url_for escapes "/" and "?" in query values (Werkzeug 2.2's safe set)."""

from werkzeug import urls

from .. import reference_app, replace_code

KILLS = ["url_building.query_keeps_slash_and_question"]


def _escaping_slash(query):
    items = [x for x in iter_multi_items(query) if x[1] is not None]  # noqa: F821 - werkzeug.urls' global
    return urlencode(items, safe="!$'()*,:;@")  # noqa: F821 - werkzeug.urls' global


def create_app():
    replace_code(urls._urlencode, _escaping_slash)
    return reference_app()
