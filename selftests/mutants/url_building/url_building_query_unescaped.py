"""Mutant: url_for joins query values into the URL without percent-encoding them."""

from werkzeug import urls

from .. import reference_app, replace_code

KILLS = ["url_building.query_value_encoding"]


def _unquoted(query):
    items = [x for x in iter_multi_items(query) if x[1] is not None]  # noqa: F821 - werkzeug.urls' global
    return "&".join(f"{key}={value}" for key, value in items)


def create_app():
    replace_code(urls._urlencode, _unquoted)
    return reference_app()
