"""Mutant: a rule added without an endpoint is named after its view function's module and name."""

from flask.sansio import scaffold

from .. import reference_app, replace_code

KILLS = ["url_building.endpoint_from_function_name", "url_building.url_for_function_name"]


def _qualified_name(view_func):
    return f"{view_func.__module__}.{view_func.__name__}"


def create_app():
    replace_code(scaffold._endpoint_from_view_func, _qualified_name)
    return reference_app()
