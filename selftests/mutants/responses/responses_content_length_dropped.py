"""Mutant: responses carry no Content-Length, leaving the framing of the body to the server."""

from werkzeug.wrappers import Response

from .. import reference_app

KILLS = [
    "responses.text_and_bytes_defaults",
    "responses.text_encoded_utf8",
    "responses.make_response_empty",
    "responses.response_object_default",
    "responses.jsonify_compact_sorted_escaped",
    "responses.json_raw_utf8",
    "responses.json_debug_indents",
    "responses.legacy_json_keys_ignored",
    "responses.redirect_body_page",
    "responses.redirect_iri_page_link",
    "responses.invalid_return_error_page",
]


def create_app():
    Response.automatically_set_content_length = False
    return reference_app()
