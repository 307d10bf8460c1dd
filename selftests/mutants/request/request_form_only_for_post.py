"""Mutant: the body is parsed as a form only for POST requests."""

from werkzeug.wrappers import Request

from .. import reference_app

KILLS = [
    "request.form_any_method[PUT]",
    "request.form_any_method[PATCH]",
    "request.form_any_method[DELETE]",
    "request.form_any_method[GET]",
    "request.multipart_form_put",
    "request.values_args_then_form[PUT]",
    "request.values_args_then_form[PATCH]",
    "request.values_args_then_form[DELETE]",
    "request.values_get_args_only",
]


def create_app():
    Request.want_form_data_parsed = property(
        lambda self: self.method == "POST" and bool(self.environ.get("CONTENT_TYPE")))
    return reference_app()
