"""Mutant: the parts limit also counts the fields of a urlencoded form, as Werkzeug 2.3 did until 2.3.4 (#2694)."""

from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.formparser import FormDataParser

from .. import reference_app

KILLS = ["limits.form_parts_not_urlencoded"]


def create_app():
    parse_urlencoded = FormDataParser._parse_urlencoded

    def counted_fields(self, stream, mimetype, content_length, options):
        parsed = parse_urlencoded(self, stream, mimetype, content_length, options)
        if self.max_form_parts is not None and len(list(parsed[1].items(multi=True))) > self.max_form_parts:
            raise RequestEntityTooLarge()
        return parsed

    FormDataParser._parse_urlencoded = counted_fields
    return reference_app()
