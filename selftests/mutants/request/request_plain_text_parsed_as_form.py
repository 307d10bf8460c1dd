"""Mutant: a text/plain body is parsed as a urlencoded form."""

from werkzeug.formparser import FormDataParser

from .. import reference_app

KILLS = ["request.data_of_plain_text"]


def create_app():
    parse = FormDataParser.parse

    def parse_text_as_form(self, stream, mimetype, content_length, options=None):
        if mimetype == "text/plain":
            mimetype = "application/x-www-form-urlencoded"
        return parse(self, stream, mimetype, content_length, options)

    FormDataParser.parse = parse_text_as_form
    return reference_app()
