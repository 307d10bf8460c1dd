"""Mutant: a status given as a number gets its reason in title case (Moved Permanently, Unknown), not upper case."""

from http import HTTPStatus

from werkzeug.http import HTTP_STATUS_CODES
from werkzeug.sansio.response import Response

from .. import reference_app

KILLS = ["responses.unknown_code_reason", "responses.redirect_reason_phrases"]


def create_app():
    clean_status = Response._clean_status

    def title_case_reason(self, value):
        if isinstance(value, (int, HTTPStatus)):
            return f"{int(value)} {HTTP_STATUS_CODES.get(int(value), 'Unknown')}", int(value)
        return clean_status(self, value)

    Response._clean_status = title_case_reason
    return reference_app()
