"""Mutant: the form parser handles only multipart bodies: a urlencoded form stays unparsed."""

from werkzeug.formparser import FormDataParser

from .. import reference_app

KILLS = ["request.form_any_method", "request.urlencoded_has_no_files", "request.data_then_form"]


def create_app():
    FormDataParser._parse_urlencoded = lambda self, stream, mimetype, length, options: (stream, self.cls(), self.cls())
    return reference_app()
