"""Mutant: the form memory limit counts a multipart body whole, as for a urlencoded one, not each field."""

from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.formparser import FormDataParser

from .. import reference_app

KILLS = ["limits.form_memory_counts_urlencoded_body[multipart-200]"]


def create_app():
    parse_multipart = FormDataParser._parse_multipart

    def counted_whole(self, stream, mimetype, content_length, options):
        limit = self.max_form_memory_size
        if None not in (limit, content_length) and content_length > limit:
            raise RequestEntityTooLarge()
        return parse_multipart(self, stream, mimetype, content_length, options)

    FormDataParser._parse_multipart = counted_whole
    return reference_app()
