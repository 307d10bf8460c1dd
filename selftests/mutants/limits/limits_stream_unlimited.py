"""Mutant: MAX_CONTENT_LENGTH is checked only when the form is parsed, as in Werkzeug 2.2:
get_data(), get_json() and request.stream read a body of any length."""

from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.utils import cached_property
from werkzeug.wrappers.request import Request
from werkzeug.wsgi import get_input_stream

from .. import reference_app

KILLS = ["limits.body_read_over_limit", "limits.malformed_json_over_limit"]


def stream(self):
    return get_input_stream(self.environ)


def create_app():
    load_form_data = Request._load_form_data

    def load_form_data_within_limit(self):
        limit, length = self.max_content_length, self.content_length
        if "form" not in self.__dict__ and self.want_form_data_parsed and None not in (limit, length) \
                and length > limit:
            raise RequestEntityTooLarge()
        load_form_data(self)

    Request.stream = cached_property(stream)
    Request._load_form_data = load_form_data_within_limit
    return reference_app()
