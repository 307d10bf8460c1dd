"""Mutant: without CONTENT_LENGTH or wsgi.input_terminated the body is read to the input's end."""

from werkzeug import wsgi

from .. import reference_app

KILLS = [
    "wsgi_environ.unlengthed_form_not_read",
    "wsgi_environ.unlengthed_data_not_read",
]


def create_app():
    get_input_stream = wsgi.get_input_stream

    def no_safe_fallback(environ, safe_fallback=True, max_content_length=None):
        return get_input_stream(environ, safe_fallback=False, max_content_length=max_content_length)

    # Request.stream calls the name its module imported.
    from werkzeug.wrappers import request

    request.get_input_stream = no_safe_fallback
    return reference_app()
