"""Mutant: the Content-Length of a text body counts its characters, not its UTF-8 bytes."""

from werkzeug.wrappers import Response

from .. import reference_app

KILLS = ["responses.text_encoded_utf8", "responses.json_raw_utf8", "responses.redirect_iri_page_link"]


def create_app():
    def set_data_counting_characters(self, value):
        length = len(value)
        self.response = [value.encode() if isinstance(value, str) else value]
        if self.automatically_set_content_length:
            self.headers["Content-Length"] = str(length)

    Response.set_data = set_data_counting_characters
    return reference_app()
