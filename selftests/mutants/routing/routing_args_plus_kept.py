"""Mutant: a "+" in the query string stays a "+" instead of becoming a space."""

from werkzeug.sansio import request

from .. import reference_app

KILLS = ["routing.args_decoded"]


def create_app():
    parse_qsl = request.parse_qsl

    def plus_kept(query, **kwargs):
        return parse_qsl(query.replace("+", "%2B"), **kwargs)

    request.parse_qsl = plus_kept
    return reference_app()
