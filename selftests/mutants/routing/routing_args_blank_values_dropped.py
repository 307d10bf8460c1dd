"""Mutant: query arguments with an empty value (?a, ?b=) are dropped."""

from werkzeug.sansio import request

from .. import reference_app

KILLS = ["routing.args_blank_values"]


def create_app():
    parse_qsl = request.parse_qsl

    def without_blanks(query, **kwargs):
        return parse_qsl(query, **{**kwargs, "keep_blank_values": False})

    request.parse_qsl = without_blanks
    return reference_app()
