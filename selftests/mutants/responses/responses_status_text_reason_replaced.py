"""Mutant: a status given as text gets the standard reason of its code instead of its own."""

from werkzeug.sansio.response import Response

from .. import reference_app

KILLS = ["responses.tuple_status_text"]


def create_app():
    clean_status = Response._clean_status

    def reason_from_code(self, value):
        _, code = clean_status(self, value)
        return clean_status(self, code)

    Response._clean_status = reason_from_code
    return reference_app()
