"""Mutant: header values are not checked for CR and LF, so a value can start a header line of its own."""

from werkzeug.datastructures import headers

from .. import reference_app, replace_code

KILLS = ["responses.header_newline_refused"]


def create_app():
    def unchecked_header_value(value):
        return value if isinstance(value, str) else str(value)

    replace_code(headers._str_header_value, unchecked_header_value)
    return reference_app()
